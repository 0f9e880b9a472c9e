package app.plumbline.message;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.CatalogService;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientRoutes;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's thread with the therapists of the patient's clinic. The patient and every therapist
 * of that clinic (the patient may be reassigned) read and write it; nobody else. Opening the
 * thread marks the other side's messages read. In the audit trail, never with the text: the
 * screen's access row records opening the thread (it shows on the patient page, one row for the
 * page), the service adds a row when that marks messages read and one per message sent.
 */
@Service
public class MessageService {

    /** The patient's Messages screen. */
    public static final String PATIENT_ROUTE = "messages";

    private final MessageRepository messages;
    private final PatientAccess access;
    private final ProgramService programs;
    private final CatalogService catalog;
    private final AccountDirectory directory;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(MessageRepository messages, PatientAccess access, ProgramService programs, CatalogService catalog,
            AccountDirectory directory, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.messages = messages;
        this.access = access;
        this.programs = programs;
        this.catalog = catalog;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The patient's thread, for the patient or a therapist of the patient's clinic; the other side's
     * messages count as read from now on (audited when there were any).
     */
    @Transactional
    public MessageThread thread(PatientRef patientRef) {
        PatientRef patient = access.reader(patientRef);
        Role side = currentUser.require(Role.THERAPIST, Role.PATIENT).role();
        List<Message> unread = messages.findByPatientIdAndAuthorRoleAndReadAtIsNull(patient.id(), other(side));
        Instant now = clock.instant();
        unread.forEach(m -> m.readAt(now));
        List<Message> all = messages.findByPatientIdOrderBySentAtAscIdAsc(patient.id());
        if (!unread.isEmpty()) {
            audit.write(patient.id(), "message.read", unread.size() + " of " + all.size() + " messages marked read");
        }
        Map<Long, String> authors = directory.displayNames(all.stream().map(Message::getAuthorId).distinct().toList());
        Map<Long, String> exercises = exerciseNames(all.stream().map(Message::getExerciseId)
                .filter(Objects::nonNull).distinct().toList());
        List<MessageLine> lines = all.stream().map(m -> new MessageLine(m.getId(), m.writtenBy(side),
                authors.getOrDefault(m.getAuthorId(), ""), m.getBody(),
                m.getExerciseId() == null ? null : exercises.get(m.getExerciseId()), m.getSentAt(), m.getReadAt()))
                .toList();
        List<MessageThread.ExerciseChoice> choices = side == Role.PATIENT ? programExercises(patient).entrySet()
                .stream().map(e -> new MessageThread.ExerciseChoice(e.getKey(), e.getValue())).toList() : List.of();
        return new MessageThread(patient.id(), lines, choices);
    }

    /**
     * Sends a message in the patient's thread, as the patient or a therapist of the patient's clinic.
     * Refuses empty, oversized or marked-up text and an exercise outside the patient's active program,
     * naming the field; nothing is saved then.
     */
    @Transactional
    public MessageLine send(PatientRef patientRef, MessageInput input) {
        PatientRef patient = access.reader(patientRef);
        AccountPrincipal author = currentUser.require(Role.THERAPIST, Role.PATIENT);
        String text = input == null ? null : input.text();
        Long exerciseId = input == null ? null : input.exerciseId();
        List<FieldProblem> problems = new ArrayList<>(Message.problems(text));
        Map<Long, String> program = exerciseId == null ? Map.of() : programExercises(patient);
        if (exerciseId != null && !program.containsKey(exerciseId)) {
            problems.add(new FieldProblem("exercise", "Choose one of the exercises of the current program, or none."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Message message = messages.save(new Message(patient.id(), patient.clinicId(), author.accountId(), author.role(),
                text, exerciseId, clock.instant()));
        audit.write(patient.id(), "message.send", exerciseId == null ? "no exercise" : "about exercise " + exerciseId);
        events.publishEvent(new MessageSent(patient.id(), message.getId(), author.role() == Role.PATIENT));
        return new MessageLine(message.getId(), true, author.displayName(), message.getBody(),
                exerciseId == null ? null : program.get(exerciseId), message.getSentAt(), null);
    }

    /** Per patient of the therapist's clinic among the given ones: the patient's messages no therapist has read. */
    @Transactional(readOnly = true)
    public Map<Long, Long> unreadCounts(Collection<Long> patientIds) {
        Set<Long> wanted = Set.copyOf(patientIds);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : messages.unreadPerPatient(access.myClinic(), Role.PATIENT)) {
            Long patientId = ((Number) row[0]).longValue();
            if (wanted.contains(patientId)) {
                counts.put(patientId, ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    /**
     * The signed-in user's unread messages for the menu: a patient's from the therapists, on the
     * Messages entry; a therapist's from all patients of the clinic, on the Patients entry. Nothing
     * for an admin. A count only, so not in the audit trail (it is asked on every navigation).
     */
    @Transactional(readOnly = true)
    public Optional<UnreadBadge> menuBadge() {
        AccountPrincipal user = currentUser.require();
        return switch (user.role()) {
            case PATIENT -> patientBadge();
            case THERAPIST -> Optional.of(new UnreadBadge(PatientRoutes.PATIENTS,
                    messages.unreadPerPatient(user.clinicId(), Role.PATIENT).stream()
                            .mapToLong(r -> ((Number) r[1]).longValue()).sum()));
            case ADMIN -> Optional.empty();
        };
    }

    /** A patient account with no patient record yet (nothing to read) has no badge, and the menu still opens. */
    private Optional<UnreadBadge> patientBadge() {
        return access.selfIfRecorded().map(me -> new UnreadBadge(PATIENT_ROUTE,
                messages.countByPatientIdAndAuthorRoleAndReadAtIsNull(me.id(), Role.THERAPIST)));
    }

    private static Role other(Role side) {
        return side == Role.PATIENT ? Role.THERAPIST : Role.PATIENT;
    }

    /** The exercises of the patient's active program, id to name, in program order. */
    private Map<Long, String> programExercises(PatientRef patient) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        programs.active(patient).ifPresent(p -> p.items().stream().map(ActiveProgram.Item::exercise)
                .filter(Objects::nonNull).forEach(e -> names.putIfAbsent(e.id(), e.name())));
        return names;
    }

    private Map<Long, String> exerciseNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        catalog.cards(ids).forEach((id, card) -> names.put(id, card.name()));
        return names;
    }
}
