package app.plumbline.message;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.AccountDirectory;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The patient's message thread, both directions, oldest first, in the patient's data file: who
 * sent each (role and name), when it was sent and read, its text and the exercise it is about.
 * Reading it here marks nothing read: the download is not the other side opening the thread.
 */
@Component
class MessageDataSection implements PatientDataSection {

    record MessageData(String from, String sender, String sentAt, String readAt, String text, String exercise,
            String exerciseSlug) {
    }

    private final MessageRepository messages;
    private final PatientAccess access;
    private final AccountDirectory directory;
    private final CatalogService catalog;

    MessageDataSection(MessageRepository messages, PatientAccess access, AccountDirectory directory,
            CatalogService catalog) {
        this.messages = messages;
        this.access = access;
        this.directory = directory;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        List<Message> all = messages.findByPatientIdOrderBySentAtAscIdAsc(access.reader(patientRef).id());
        Map<Long, String> senders = directory.displayNames(all.stream().map(Message::getAuthorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, ExerciseCard> cards = catalog.cards(all.stream().map(Message::getExerciseId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return all.stream().map(m -> {
            ExerciseCard card = m.getExerciseId() == null ? null : cards.get(m.getExerciseId());
            return new MessageData(m.getAuthorRole().name().toLowerCase(), senders.get(m.getAuthorId()),
                    PatientDataSection.time(m.getSentAt(), zone), PatientDataSection.time(m.getReadAt(), zone),
                    m.getBody(), card == null ? null : card.name(), card == null ? null : card.slug());
        }).toList();
    }
}
