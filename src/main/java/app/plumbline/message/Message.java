package app.plumbline.message;

import app.plumbline.base.FieldProblem;
import app.plumbline.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One message of a patient's thread, written by the patient or by a therapist of the patient's
 * clinic, optionally about one exercise of the patient's program. It is read when the other side
 * first opens the thread after it was sent.
 */
@Entity
@Table(name = "patient_message")
class Message {

    static final int MAX_TEXT = MessageInput.MAX_TEXT;
    /** Something that looks like an HTML tag or comment: "<b>", "</p>", "<!--"; not "pain < 5" or "<3". */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z][^>]*>|<!--");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long clinicId;
    private Long authorId;
    @Enumerated(EnumType.STRING)
    private Role authorRole;
    private String body;
    private Long exerciseId;
    private Instant sentAt;
    private Instant readAt;

    protected Message() {
    }

    Message(Long patientId, Long clinicId, Long authorId, Role authorRole, String body, Long exerciseId,
            Instant sentAt) {
        List<FieldProblem> problems = problems(body);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst().message());
        }
        this.patientId = patientId;
        this.clinicId = clinicId;
        this.authorId = authorId;
        this.authorRole = authorRole;
        this.body = body.strip();
        this.exerciseId = exerciseId;
        this.sentAt = sentAt;
    }

    /**
     * What is wrong with a message's text, for the "text" field: nothing to send, too long, markup
     * (shown as typed, it would only confuse the reader), or characters nobody can type.
     */
    static List<FieldProblem> problems(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "Write a message first."));
            return problems;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "A message can have at most " + MAX_TEXT + " characters; this one has "
                    + stripped.length() + "."));
        }
        if (stripped.codePoints().anyMatch(Message::control)) {
            problems.add(new FieldProblem("text", "The message contains invisible control characters; "
                    + "type it again or paste it as plain text."));
        }
        if (MARKUP.matcher(stripped).find()) {
            problems.add(new FieldProblem("text", "Write plain text: tags such as <b> are not allowed."));
        }
        return problems;
    }

    private static boolean control(int c) {
        return c != '\t' && c != '\n' && c != '\r' && (Character.getType(c) == Character.CONTROL
                || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF);
    }

    /** The other side has opened the thread: the message is read from now on. */
    void readAt(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** Whether the signed-in side wrote it: a therapist's messages belong to the whole clinic's side. */
    boolean writtenBy(Role side) {
        return authorRole == side;
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    Long getAuthorId() {
        return authorId;
    }

    Role getAuthorRole() {
        return authorRole;
    }

    String getBody() {
        return body;
    }

    Long getExerciseId() {
        return exerciseId;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
