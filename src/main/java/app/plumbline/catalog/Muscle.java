package app.plumbline.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Muscle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private Region region;

    protected Muscle() {
    }

    Muscle(String slug) {
        this.slug = slug;
    }

    void update(String name, Region region) {
        this.name = name;
        this.region = region;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }
}
