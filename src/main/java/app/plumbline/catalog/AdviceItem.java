package app.plumbline.catalog;

import app.plumbline.base.StringListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An advice item of the shared catalog. Programs refer to it by slug, so an item that leaves the
 * catalog files is retired, never deleted: an old program version still reads it.
 */
@Entity
class AdviceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String title;
    @Column(name = "advice_text")
    private String text;
    private String evidence;
    @Convert(converter = StringListConverter.class)
    @Column(name = "reference_list")
    private List<String> references = List.of();
    private boolean retired;
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "advice_pattern_link", joinColumns = @JoinColumn(name = "advice_id"))
    @OrderColumn(name = "position")
    private List<PatternLink> patternLinks = new ArrayList<>();

    protected AdviceItem() {
    }

    AdviceItem(String slug) {
        this.slug = slug;
    }

    /** Takes new content; returns false when it was already the same. */
    boolean update(AdviceDefinition definition, Instant now) {
        if (!retired && definition.equals(definition())) {
            return false;
        }
        this.title = definition.title();
        this.text = definition.text();
        this.evidence = definition.evidence();
        this.references = definition.references();
        if (!patternLinks.equals(definition.patterns())) {
            patternLinks.clear();
            patternLinks.addAll(definition.patterns());
        }
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

    AdviceDefinition definition() {
        return new AdviceDefinition(slug, title, text, List.copyOf(patternLinks), references, evidence);
    }

    String getSlug() {
        return slug;
    }

    boolean isRetired() {
        return retired;
    }
}
