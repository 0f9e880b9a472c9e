package app.plumbline.audit;

import app.plumbline.base.Outcome;
import app.plumbline.base.PatientNames;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's window on the audit trail of their clinic: filtered pages, CSV export and a check of
 * the hash chain. Failed sign-ins under unknown usernames belong to no clinic; every admin sees them.
 */
@Service
public class AuditTrail {

    private final EntityManager entityManager;
    private final AuditChain chain;
    private final AuditWriter writer;
    private final CurrentUser currentUser;
    private final PatientNames patientNames;

    AuditTrail(EntityManager entityManager, AuditChain chain, AuditWriter writer, CurrentUser currentUser,
            PatientNames patientNames) {
        this.patientNames = patientNames;
        this.entityManager = entityManager;
        this.chain = chain;
        this.writer = writer;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        List<AuditEntry> entries = query(filter).setFirstResult(offset).setMaxResults(Math.min(limit, 1000))
                .getResultStream().map(AuditEntry::of).toList();
        Map<Long, String> names = patientNames.names(admin.clinicId(), entries.stream()
                .map(AuditEntry::patientId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return entries.stream().map(e -> e.patientId() == null ? e : e.named(names.get(e.patientId()))).toList();
    }

    /** Counts the matching entries, once the events still queued are written (the grid asks this first). */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        writer.awaitWritten();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEvent> e = q.from(AuditEvent.class);
        q.select(cb.count(e)).where(where(cb, e, filter, admin));
        return entityManager.createQuery(q).getSingleResult();
    }

    /** Writes every matching entry, newest first, as CSV (RFC 4180, with formulas defused for spreadsheets). */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Writer out) {
        writer.awaitWritten();
        try (Stream<AuditEvent> rows = query(filter).getResultStream()) {
            AuditCsv.write(rows.map(AuditEntry::of), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seals whatever is pending, then recomputes the whole chain. */
    public ChainVerification verify() {
        currentUser.require(Role.ADMIN);
        writer.awaitWritten();
        chain.seal();
        return chain.verify();
    }

    private jakarta.persistence.TypedQuery<AuditEvent> query(AuditFilter filter) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = q.from(AuditEvent.class);
        q.select(e).where(where(cb, e, filter, admin)).orderBy(cb.desc(e.get("id")));
        return entityManager.createQuery(q);
    }

    private Predicate[] where(CriteriaBuilder cb, Root<AuditEvent> e, AuditFilter filter, AccountPrincipal admin) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.or(cb.equal(e.get("clinicId"), admin.clinicId()), cb.isNull(e.get("clinicId"))));
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("at"), startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(e.get("at"), startOf(filter.to().plusDays(1))));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(cb.like(cb.lower(e.get("actorName")), contains(filter.actor()), '\\'));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.like(cb.lower(e.get("action")), contains(filter.action()), '\\'));
        }
        if (filter.patientId() != null) {
            where.add(cb.equal(e.get("patientId"), filter.patientId()));
        }
        if (filter.outcome() != null) {
            where.add(cb.equal(e.<Outcome>get("outcome"), filter.outcome()));
        }
        return where.toArray(Predicate[]::new);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(currentUser.zone()).toInstant();
    }

    private static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
