package app.plumbline.catalog;

import app.plumbline.base.StringListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise of the shared catalog (no clinic) or of one clinic. Programs refer to it by id, so
 * an exercise that leaves the catalog files is retired, never deleted.
 */
@Entity
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private Long clinicId;
    private String name;
    private String summary;
    @Enumerated(EnumType.STRING)
    private Action kind;
    @Enumerated(EnumType.STRING)
    private Region region;
    private int level;
    @Convert(converter = StringListConverter.class)
    private List<String> equipment = List.of();
    @Convert(converter = StringListConverter.class)
    private List<String> steps = List.of();
    @Convert(converter = StringListConverter.class)
    private List<String> cues = List.of();
    @Convert(converter = StringListConverter.class)
    private List<String> cautions = List.of();
    @Convert(converter = StringListConverter.class)
    private List<String> contraindications = List.of();
    @Embedded
    private Dosage dosage;
    private String progressionSlug;
    private String regressionSlug;
    @Convert(converter = StringListConverter.class)
    @Column(name = "reference_list")
    private List<String> references = List.of();
    private String evidence;
    private String imageType;
    private byte[] image;
    private boolean retired;
    private String contentHash;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "exercise_target", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    private List<MuscleTarget> targets = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "exercise_pattern_link", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    private List<PatternLink> patternLinks = new ArrayList<>();

    protected Exercise() {
    }

    Exercise(String slug, Long clinicId) {
        this.slug = slug;
        this.clinicId = clinicId;
    }

    /** Takes new content; returns false when it was already the same (same content hash). */
    boolean update(ExerciseDefinition definition, String contentHash, Instant now) {
        if (contentHash.equals(this.contentHash) && !retired) {
            return false;
        }
        this.name = definition.name();
        this.summary = definition.summary();
        this.kind = definition.kind();
        this.region = definition.region();
        this.level = definition.level();
        this.equipment = definition.equipment().stream().map(Equipment::code).toList();
        this.steps = definition.steps();
        this.cues = definition.cues();
        this.cautions = definition.cautions();
        this.contraindications = definition.contraindications();
        this.dosage = definition.dosage();
        this.progressionSlug = definition.progression();
        this.regressionSlug = definition.regression();
        this.references = definition.references();
        this.evidence = definition.evidence();
        this.imageType = definition.illustration().contentType();
        this.image = definition.illustration().bytes();
        replace(targets, definition.targets());
        replace(patternLinks, definition.patternLinks());
        this.contentHash = contentHash;
        this.retired = false;
        this.updatedAt = now;
        return true;
    }

    void retire(Instant now) {
        if (!retired) {
            retired = true;
            updatedAt = now;
        }
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    public ExerciseDefinition definition() {
        return new ExerciseDefinition(slug, name, summary, kind, region, level,
                equipment.stream().map(Equipment::fromCode).toList(), List.copyOf(targets), steps, cues, cautions,
                contraindications, dosage, progressionSlug, regressionSlug, List.copyOf(patternLinks), references, evidence,
                new Illustration(imageType, image));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
