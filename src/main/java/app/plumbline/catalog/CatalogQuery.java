package app.plumbline.catalog;

/** What a therapist filters the catalog by; every part is optional. */
public record CatalogQuery(String text, String patternSlug, Region region, String muscleSlug, Action kind,
        Equipment equipment, Integer level) {

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null, null, null);
    }

    public CatalogQuery withText(String value) {
        return new CatalogQuery(value, patternSlug, region, muscleSlug, kind, equipment, level);
    }

    public CatalogQuery withPattern(String value) {
        return new CatalogQuery(text, value, region, muscleSlug, kind, equipment, level);
    }

    public CatalogQuery withRegion(Region value) {
        return new CatalogQuery(text, patternSlug, value, muscleSlug, kind, equipment, level);
    }

    public CatalogQuery withMuscle(String value) {
        return new CatalogQuery(text, patternSlug, region, value, kind, equipment, level);
    }

    public CatalogQuery withKind(Action value) {
        return new CatalogQuery(text, patternSlug, region, muscleSlug, value, equipment, level);
    }

    public CatalogQuery withEquipment(Equipment value) {
        return new CatalogQuery(text, patternSlug, region, muscleSlug, kind, value, level);
    }

    public CatalogQuery withLevel(Integer value) {
        return new CatalogQuery(text, patternSlug, region, muscleSlug, kind, equipment, value);
    }
}
