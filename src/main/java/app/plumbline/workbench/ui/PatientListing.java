package app.plumbline.workbench.ui;

import app.plumbline.adherence.Standing;
import app.plumbline.adherence.StandingService;
import app.plumbline.catalog.CatalogService;
import app.plumbline.message.MessageService;
import app.plumbline.patient.PatientQuery;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSort;
import app.plumbline.patient.PatientSummary;
import app.plumbline.program.ProgramOverview;
import app.plumbline.program.ProgramService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The therapist's patient list one page at a time. The patient module searches, orders and pages
 * by what the patient record holds; for an order by what another module knows (messages, program,
 * adherence, last session) the ids of every matching patient are ordered here by that module's
 * figures and only the page's summaries are read. Nothing about any patient is kept between pages.
 */
class PatientListing {

    /** The list's columns that can be put in order; the name is the grid column's sort property. */
    enum SortKey {
        NAME(PatientSort.NAME), MESSAGES(null), AGE(PatientSort.AGE), PROGRAM(null), ADHERENCE(null),
        LAST_SESSION(null), THERAPIST(PatientSort.THERAPIST);

        /** The patient module's own order for it, or null when another module holds the figures. */
        private final PatientSort own;

        SortKey(PatientSort own) {
            this.own = own;
        }
    }

    /** A patient with what the list shows about their patterns, program, adherence and messages. */
    record Row(PatientSummary patient, String patterns, ProgramOverview program, LocalDate lastSession,
            Integer adherence, long unread) {
    }

    private final PatientService patients;
    private final ProgramService programs;
    private final StandingService standings;
    private final MessageService messages;
    private final CatalogService catalog;

    PatientListing(PatientService patients, ProgramService programs, StandingService standings,
            MessageService messages, CatalogService catalog) {
        this.patients = patients;
        this.programs = programs;
        this.standings = standings;
        this.messages = messages;
        this.catalog = catalog;
    }

    /** How many patients match the search text. */
    int count(String text) {
        return patients.count(query(text));
    }

    /** The rows from offset on (at most limit), in the order of the key (by name when null). */
    List<Row> page(String text, SortKey key, boolean descending, int offset, int limit) {
        Map<String, String> patternNames = catalog.patternNames();
        PatientQuery query = query(text, patternNames);
        List<PatientSummary> page = key == null || key.own != null
                ? patients.page(query.sortedBy(key == null ? PatientSort.NAME : key.own, descending), offset, limit)
                : patients.summaries(pageOfIds(query, key, descending, offset, limit));
        return rows(page, patternNames);
    }

    private PatientQuery query(String text) {
        return query(text, catalog.patternNames());
    }

    /** The text as typed, with the slugs of the patterns whose name (or slug) contains it. */
    private static PatientQuery query(String text, Map<String, String> patternNames) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Set<String> slugs = needle.isEmpty() ? Set.of() : patternNames.entrySet().stream()
                .filter(p -> p.getKey().contains(needle) || p.getValue().toLowerCase(Locale.ROOT).contains(needle))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return PatientQuery.matching(text, slugs);
    }

    /**
     * The ids of one page when the order is by another module's figures: every matching id (by
     * name), ordered by those figures (a stable sort, so ties stay by name), then cut to the page.
     */
    private List<Long> pageOfIds(PatientQuery query, SortKey key, boolean descending, int offset, int limit) {
        List<Long> ids = patients.ids(query);
        Comparator<Long> order = switch (key) {
            case MESSAGES -> {
                Map<Long, Long> unread = messages.unreadCounts(ids);
                yield Comparator.comparingLong(id -> unread.getOrDefault(id, 0L));
            }
            case PROGRAM -> {
                Map<Long, ProgramOverview> overviews = programs.overviews(ids);
                yield Comparator.comparingInt(id -> {
                    ProgramOverview o = overviews.get(id);
                    return o == null || o.activeVersion() == null ? 0 : o.activeVersion();
                });
            }
            case ADHERENCE -> {
                Map<Long, Standing> standing = standings.standings(ids);
                yield Comparator.comparingInt(id -> {
                    Standing s = standing.get(id);
                    return s == null || s.adherence14() == null ? -1 : s.adherence14();
                });
            }
            case LAST_SESSION -> {
                Map<Long, Standing> standing = standings.standings(ids);
                yield Comparator.comparing(id -> {
                    Standing s = standing.get(id);
                    return s == null || s.lastSession() == null ? LocalDate.MIN : s.lastSession();
                });
            }
            default -> throw new IllegalArgumentException("The patient module orders by " + key);
        };
        List<Long> ordered = ids.stream().sorted(descending ? order.reversed() : order).toList();
        int from = Math.min(offset, ordered.size());
        return ordered.subList(from, (int) Math.min((long) from + limit, ordered.size()));
    }

    private List<Row> rows(List<PatientSummary> page, Map<String, String> patternNames) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(PatientSummary::id).toList();
        Map<Long, ProgramOverview> overviews = programs.overviews(ids);
        Map<Long, Standing> standing = standings.standings(ids);
        Map<Long, Long> unread = messages.unreadCounts(ids);
        return page.stream().map(p -> {
            Standing s = standing.get(p.id());
            return new Row(p, p.patternSlugs().stream().map(slug -> patternNames.getOrDefault(slug, slug))
                    .collect(Collectors.joining(", ")),
                    overviews.getOrDefault(p.id(), new ProgramOverview(p.id(), null, 0)),
                    s == null ? null : s.lastSession(), s == null ? null : s.adherence14(),
                    unread.getOrDefault(p.id(), 0L));
        }).toList();
    }
}
