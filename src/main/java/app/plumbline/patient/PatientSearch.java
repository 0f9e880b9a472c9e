package app.plumbline.patient;

import app.plumbline.security.AccountDirectory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The clinic's patients narrowed, ordered and paged in the database (portable JPA criteria: the
 * same SQL shape on H2 and PostgreSQL). The caller has checked the role and passes the clinic.
 */
@Component
class PatientSearch {

    private final EntityManager entityManager;
    private final PatientRepository patients;
    private final AccountDirectory directory;

    PatientSearch(EntityManager entityManager, PatientRepository patients, AccountDirectory directory) {
        this.entityManager = entityManager;
        this.patients = patients;
        this.directory = directory;
    }

    List<Patient> page(Long clinicId, PatientQuery query, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Patient> q = cb.createQuery(Patient.class);
        Root<Patient> p = q.from(Patient.class);
        q.select(p).where(where(cb, q, p, clinicId, query))
                .orderBy(order(cb, p, query, therapistRanks(clinicId, query)));
        TypedQuery<Patient> typed = entityManager.createQuery(q).setFirstResult(offset).setMaxResults(limit);
        return typed.getResultList();
    }

    List<Long> ids(Long clinicId, PatientQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Patient> p = q.from(Patient.class);
        q.select(p.get("id")).where(where(cb, q, p, clinicId, query))
                .orderBy(order(cb, p, query, therapistRanks(clinicId, query)));
        return entityManager.createQuery(q).getResultList();
    }

    long count(Long clinicId, PatientQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Patient> p = q.from(Patient.class);
        q.select(cb.count(p)).where(where(cb, q, p, clinicId, query));
        return entityManager.createQuery(q).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, AbstractQuery<?> q, Root<Patient> p, Long clinicId,
            PatientQuery query) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(p.get("clinicId"), clinicId));
        if (query.narrows()) {
            Expression<String> fullName = cb.lower(cb.concat(List.of(p.<String>get("givenName"), cb.literal(" "),
                    p.<String>get("familyName"))));
            Predicate byName = cb.like(fullName, contains(query.text()), '\\');
            where.add(query.patternSlugs().isEmpty() ? byName
                    : cb.or(byName, cb.exists(latestFindingAmong(cb, q, p, query))));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * A finding of one of the query's patterns in the patient's latest assessment: the one with the
     * latest date, and of those the last recorded (as {@code clinicPatients()} reads it).
     */
    private static Subquery<Long> latestFindingAmong(CriteriaBuilder cb, AbstractQuery<?> q, Root<Patient> p,
            PatientQuery query) {
        Subquery<Long> found = q.subquery(Long.class);
        Root<Assessment> a = found.from(Assessment.class);
        Join<Assessment, Finding> f = a.join("findings");
        Subquery<Long> later = found.subquery(Long.class);
        Root<Assessment> b = later.from(Assessment.class);
        later.select(b.get("id")).where(cb.equal(b.get("patientId"), a.get("patientId")),
                cb.or(cb.greaterThan(b.<java.time.LocalDate>get("assessedOn"), a.<java.time.LocalDate>get("assessedOn")),
                        cb.and(cb.equal(b.get("assessedOn"), a.get("assessedOn")),
                                cb.greaterThan(b.<Long>get("id"), a.<Long>get("id")))));
        found.select(a.get("id")).where(cb.equal(a.get("patientId"), p.get("id")),
                f.get("patternSlug").in(query.patternSlugs()), cb.not(cb.exists(later)));
        return found;
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Patient> p, PatientQuery query,
            Map<Long, Integer> therapistRanks) {
        boolean desc = query.descending();
        Expression<String> family = cb.lower(p.<String>get("familyName"));
        Expression<String> given = cb.lower(p.<String>get("givenName"));
        List<Order> order = new ArrayList<>();
        switch (query.sort()) {
            case NAME -> {
                order.add(desc ? cb.desc(family) : cb.asc(family));
                order.add(desc ? cb.desc(given) : cb.asc(given));
            }
            // Older is an earlier birthday; unknown ages count as the lowest, as the list always showed them.
            case AGE -> order.add(desc ? cb.asc(p.get("dateOfBirth"), Nulls.LAST)
                    : cb.desc(p.get("dateOfBirth"), Nulls.FIRST));
            case THERAPIST -> {
                Expression<Integer> rank = therapistRank(cb, p, therapistRanks);
                order.add(desc ? cb.desc(rank) : cb.asc(rank));
            }
            // Active before inactive when ascending (true sorts after false).
            case STATUS -> order.add(desc ? cb.asc(p.get("active")) : cb.desc(p.get("active")));
        }
        if (query.sort() != PatientSort.NAME) {
            order.add(cb.asc(family));
            order.add(cb.asc(given));
        }
        order.add(cb.asc(p.get("id")));
        return order;
    }

    private static Expression<Integer> therapistRank(CriteriaBuilder cb, Root<Patient> p,
            Map<Long, Integer> therapistRanks) {
        if (therapistRanks.isEmpty()) {
            return cb.literal(0);
        }
        CriteriaBuilder.SimpleCase<Long, Integer> rank = cb.selectCase(p.<Long>get("therapistId"));
        therapistRanks.forEach((id, place) -> rank.when(cb.literal(id), cb.literal(place)));
        return rank.otherwise(cb.literal(-1));
    }

    /**
     * For the order by therapist: the place of each therapist of the clinic's patients when their
     * names are put in order (the names live with the accounts, so the database orders by place).
     */
    private Map<Long, Integer> therapistRanks(Long clinicId, PatientQuery query) {
        if (query.sort() != PatientSort.THERAPIST) {
            return Map.of();
        }
        Map<Long, String> names = directory.displayNames(patients.therapistIdsOfClinic(clinicId));
        List<Long> ordered = names.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> names.get(id), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(id -> id))
                .toList();
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ranks.put(ordered.get(i), i);
        }
        return ranks;
    }

    private static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
