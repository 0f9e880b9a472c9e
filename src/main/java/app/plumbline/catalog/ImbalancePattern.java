package app.plumbline.catalog;

import app.plumbline.base.StringListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A posture or movement pattern: which muscles tend to be overactive and which underactive. */
@Entity
@Table(name = "imbalance_pattern")
public class ImbalancePattern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private Region region;
    private boolean sided;
    @Convert(converter = StringListConverter.class)
    private List<String> aliases = List.of();
    private String description;
    private String patientDescription;
    @Convert(converter = StringListConverter.class)
    private List<String> signs = List.of();
    @Convert(converter = StringListConverter.class)
    @Column(name = "reference_list")
    private List<String> references = List.of();
    @ElementCollection
    @CollectionTable(name = "pattern_muscle", joinColumns = @JoinColumn(name = "pattern_id"))
    @OrderColumn(name = "position")
    private List<PatternMuscle> muscles = new ArrayList<>();

    protected ImbalancePattern() {
    }

    ImbalancePattern(String slug) {
        this.slug = slug;
    }

    void update(PatternDefinition definition) {
        this.name = definition.name();
        this.region = definition.region();
        this.sided = definition.sided();
        this.aliases = definition.aliases();
        this.description = definition.description();
        this.patientDescription = definition.patientDescription();
        this.signs = definition.signs();
        this.references = definition.references();
        if (!muscles.equals(definition.muscles())) {
            muscles.clear();
            muscles.addAll(definition.muscles());
        }
    }

    PatternDefinition definition() {
        return new PatternDefinition(slug, name, region, sided, aliases, description, patientDescription,
                List.copyOf(muscles), signs, references);
    }

    public String getSlug() {
        return slug;
    }
}
