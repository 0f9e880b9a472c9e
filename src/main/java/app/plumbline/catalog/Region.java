package app.plumbline.catalog;

/** Where on the body; used by muscles, patterns and exercises alike. */
public enum Region {
    JAW("jaw", "Jaw and face"),
    NECK("neck", "Neck"),
    SHOULDER("shoulder", "Shoulder"),
    ELBOW("elbow", "Elbow"),
    WRIST_HAND("wrist-hand", "Wrist and hand"),
    THORACIC("thoracic", "Upper back"),
    LUMBAR("lumbar", "Lower back"),
    CORE("core", "Core and breathing"),
    PELVIS("pelvis", "Pelvis"),
    HIP("hip", "Hip"),
    THIGH("thigh", "Thigh"),
    KNEE("knee", "Knee"),
    LOWER_LEG("lower-leg", "Lower leg"),
    FOOT("foot", "Foot"),
    WHOLE_BODY("whole-body", "Whole body");

    private final String code;
    private final String label;

    Region(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Region fromCode(String code) {
        return Codes.find(values(), Region::code, code);
    }
}
