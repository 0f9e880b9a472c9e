package app.plumbline.security;

import app.plumbline.testing.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.adherence.AdherenceService;
import app.plumbline.adherence.AlertKind;
import app.plumbline.adherence.AlertService;
import app.plumbline.backup.BackupService;
import app.plumbline.adherence.StandingService;
import app.plumbline.adherence.ThresholdSettings;
import app.plumbline.adherence.SuggestionService;
import app.plumbline.audit.AuditLog;
import app.plumbline.audit.AuditTrail;
import app.plumbline.calendar.CalendarFeedService;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ClinicExerciseService;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.message.MessageInput;
import app.plumbline.message.MessageService;
import app.plumbline.push.FakePushService;
import app.plumbline.push.PushNotifications;
import app.plumbline.push.PushService;
import app.plumbline.reminder.ReminderChoice;
import app.plumbline.reminder.ReminderService;
import app.plumbline.patient.AssessmentInput;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.outcome.OutcomeFigures;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.LicensedTextService;
import app.plumbline.outcome.OutcomeSettingsService;
import app.plumbline.outcome.PaperAnswers;
import app.plumbline.outcome.PlanInput;
import app.plumbline.outcome.QuestionnaireService;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.program.TemplateService;
import app.plumbline.sessionlog.NextMorning;
import app.plumbline.sessionlog.PastSessions;
import app.plumbline.sessionlog.RedFlagService;
import app.plumbline.sessionlog.SessionFigures;
import app.plumbline.sessionlog.SessionInput;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sheet.SheetOptions;
import app.plumbline.sheet.SheetService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what. Every public method of every {@code @Service} that touches patient data has an
 * entry here, tried as five people against Maria Lopez (Anna's patient): her own clinic's therapist,
 * a therapist of another clinic, Maria herself, another patient and nobody signed in. Each call runs
 * in a transaction that is rolled back, so allowed writes change nothing. "Allowed" means the access
 * check let the call through (it may still refuse the made-up input); "denied" means an
 * AccessDeniedException or an authentication error. A new service, or a new public method, without
 * an entry fails {@link #everyServiceMethodHasAnEntry()}.
 */
@ServiceTest
class AccessMatrixTest {

    enum Who {
        OWN_THERAPIST, OTHER_CLINIC, SELF, OTHER_PATIENT, ANONYMOUS
    }

    /** Services that hold no patient data, and why; every other @Service needs matrix entries. */
    private static final Map<Class<?>, String> NO_PATIENT_DATA = Map.ofEntries(
            Map.entry(CatalogService.class, "the shared exercise catalog and its advice items"),
            Map.entry(ClinicExerciseService.class, "the clinic's own exercises"),
            Map.entry(TemplateService.class, "the clinic's program templates (no patient in them)"),
            Map.entry(AccountService.class, "staff accounts; patient logins for the admin only, see LoginResetTest"),
            Map.entry(SignInStatistics.class, "sign-in counts per day for the admin"),
            Map.entry(AuditTrail.class, "the admin's audit trail, ADMIN only, see AuditViewTest"),
            Map.entry(AccountDetailsService.class, "Spring Security's account lookup at sign-in"),
            Map.entry(ClinicSettingsService.class, "the clinic's name, logo and contact line for sheets"),
            Map.entry(ClinicNames.class, "the caller's own clinic's name; renaming it is ADMIN only"),
            Map.entry(ThresholdSettings.class, "the clinic's thresholds for suggestions and alerts"),
            Map.entry(LicensedTextService.class, "the clinic's imported texts of licensed questionnaires, ADMIN only "
                    + "(LicensedTextServiceTest)"),
            Map.entry(OutcomeSettingsService.class, "the clinic's TSK-11 threshold for the education offer; "
                    + "changing it is ADMIN only"),
            Map.entry(BackupService.class, "backs up the whole database as a file, ADMIN only (BackupServiceTest); "
                    + "reads no patient's record"));

    private static final Set<Who> THERAPIST = EnumSet.of(Who.OWN_THERAPIST);
    private static final Set<Who> THERAPIST_AND_SELF = EnumSet.of(Who.OWN_THERAPIST, Who.SELF);
    private static final Set<Who> SELF = EnumSet.of(Who.SELF);
    /** No patient argument: any patient may call it and it acts on the caller's own record only. */
    private static final Set<Who> ANY_PATIENT_ON_THEMSELF = EnumSet.of(Who.SELF, Who.OTHER_PATIENT);
    /** Anyone signed in, each about their own side only (a count, naming nobody). */
    private static final Set<Who> ANYONE_ON_THEMSELF = EnumSet.of(Who.OWN_THERAPIST, Who.OTHER_CLINIC, Who.SELF,
            Who.OTHER_PATIENT);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    DemoPatients demo;
    @Autowired
    PatientService patients;
    @Autowired
    app.plumbline.patient.PatientDataExport patientData;
    @Autowired
    ProgramService programs;
    @Autowired
    SessionLogService sessions;
    @Autowired
    SessionFigures figures;
    @Autowired
    RedFlagService redFlags;
    @Autowired
    PastSessions pastSessions;
    @Autowired
    AdherenceService adherence;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    AlertService alerts;
    @Autowired
    StandingService standings;
    @Autowired
    SheetService sheets;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OutcomeFigures outcomeFigures;
    @Autowired
    MessageService messages;
    @Autowired
    PushService push;
    @Autowired
    PushNotifications pushNotifications;
    @Autowired
    CalendarFeedService calendarFeeds;
    @Autowired
    app.plumbline.message.UnreadMessages unreadMessages;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private Long maria;
    private Long mariasSession;
    private Long mariasResponse;

    /**
     * One row: the method, who may call it, the call, for lists how a leak of Maria would show (and
     * whether her own therapist must see her there), and whether the call reaches Maria's data at all.
     */
    private record Entry(String method, Set<Who> allowed, Function<Long, Object> call, Predicate<Object> showsMaria,
            boolean listsMaria, boolean aboutMaria) {
    }

    private final Map<String, Entry> matrix = new LinkedHashMap<>();

    private void entry(String method, Set<Who> allowed, Function<Long, Object> call) {
        matrix.put(method, new Entry(method, allowed, call, null, false, true));
    }

    /** Creates something new in the caller's own clinic: not about Maria, so no audit event for her. */
    private void creation(String method, Set<Who> allowed, Function<Long, Object> call) {
        matrix.put(method, new Entry(method, allowed, call, null, false, false));
    }

    /** A clinic-wide list: another clinic's therapist may call it but must not find Maria in it. */
    private void listing(String method, Set<Who> allowed, Function<Long, Object> call, Predicate<Object> showsMaria) {
        matrix.put(method, new Entry(method, allowed, call, showsMaria, true, false));
    }

    /** A clinic-wide list in which Maria need not appear (only patients with alerts or red flags do). */
    private void filteredListing(String method, Set<Who> allowed, Function<Long, Object> call,
            Predicate<Object> showsMaria) {
        matrix.put(method, new Entry(method, allowed, call, showsMaria, false, false));
    }

    @BeforeEach
    void buildMatrix() {
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("maria.lopez");
        mariasSession = sessions.history(0, 200).sessions().getFirst().id();
        signIn.out();
        LocalDate today = TestClock.today();
        mariasResponse = mariasQuestionnaire(today);
        var details = new PatientDetailsInput("Matrix", "Probe", null, null, "en", null);
        var content = new ProgramContent("Probe", null, List.of());
        var session = new SessionInput("matrix-probe", List.of(), null);

        // patient
        listing("PatientService.clinicPatients()", THERAPIST, p -> patients.clinicPatients(),
                r -> ((List<?>) r).stream().anyMatch(s -> ((PatientSummary) s).id().equals(maria)));
        listing("PatientService.page(PatientQuery,int,int)", THERAPIST,
                p -> patients.page(app.plumbline.patient.PatientQuery.all(), 0, 1000),
                r -> ((List<?>) r).stream().anyMatch(s -> ((PatientSummary) s).id().equals(maria)));
        listing("PatientService.ids(PatientQuery)", THERAPIST, p -> patients.ids(app.plumbline.patient.PatientQuery.all()),
                r -> ((List<?>) r).contains(maria));
        listing("PatientService.summaries(List)", THERAPIST, p -> patients.summaries(List.of(p)),
                r -> ((List<?>) r).stream().anyMatch(s -> ((PatientSummary) s).id().equals(maria)));
        // A number only: nothing in it names Maria.
        filteredListing("PatientService.count(PatientQuery)", THERAPIST,
                p -> patients.count(app.plumbline.patient.PatientQuery.all()), r -> false);
        entry("PatientService.details(PatientRef)", THERAPIST, p -> patients.details(signIn.ref(p)));
        creation("PatientService.create(PatientDetailsInput)", EnumSet.of(Who.OWN_THERAPIST, Who.OTHER_CLINIC),
                p -> patients.create(details));
        creation("PatientService.create(PatientDetailsInput,List)", EnumSet.of(Who.OWN_THERAPIST, Who.OTHER_CLINIC),
                p -> patients.create(details, List.of(new app.plumbline.patient.Finding("forward-head-posture",
                        app.plumbline.patient.FindingSide.BOTH, 2, null))));
        entry("PatientService.update(PatientRef,long,PatientDetailsInput)", THERAPIST, p -> {
            patients.update(signIn.ref(p), 0, details);
            return null;
        });
        entry("PatientService.newActivationCode(PatientRef)", THERAPIST, p -> patients.newActivationCode(signIn.ref(p)));
        entry("PatientService.setActive(PatientRef,boolean)", THERAPIST, p -> {
            patients.setActive(signIn.ref(p), true);
            return null;
        });
        entry("PatientService.recordAssessment(PatientRef,AssessmentInput)", THERAPIST, p -> {
            patients.recordAssessment(signIn.ref(p), new AssessmentInput(today, "probe", List.of()));
            return null;
        });
        entry("PatientService.currentFindings(PatientRef)", THERAPIST, p -> patients.currentFindings(signIn.ref(p)));
        entry("PatientService.firstSeenOn(PatientRef)", THERAPIST, p -> patients.firstSeenOn(signIn.ref(p)));
        entry("PatientService.activated(PatientRef)", THERAPIST, p -> patients.activated(signIn.ref(p)));
        entry("PatientService.me()", ANY_PATIENT_ON_THEMSELF, p -> patients.me());
        entry("PatientDataExport.export(PatientRef)", THERAPIST_AND_SELF, p -> patientData.export(signIn.ref(p)));
        Long mariasAccount = mariasAccount();
        creation("PatientService.createForAccount(Long,PatientDetailsInput)", THERAPIST,
                p -> patients.createForAccount(mariasAccount, details));

        // program
        entry("ProgramService.draft(PatientRef)", THERAPIST, p -> programs.draft(signIn.ref(p)));
        entry("ProgramService.saveDraft(PatientRef,long,ProgramContent)", THERAPIST, p -> programs.saveDraft(signIn.ref(p), 0, content));
        entry("ProgramService.publish(PatientRef,long,ProgramContent,String)", THERAPIST,
                p -> programs.publish(signIn.ref(p), 0, content, "probe"));
        entry("ProgramService.active(PatientRef)", THERAPIST_AND_SELF, p -> programs.active(signIn.ref(p)));
        entry("ProgramService.history(PatientRef)", THERAPIST_AND_SELF, p -> programs.history(signIn.ref(p)));
        listing("ProgramService.overviews(List)", THERAPIST, p -> programs.overviews(List.of(p)),
                r -> ((Map<?, ?>) r).containsKey(maria));
        filteredListing("ProgramService.reviewsDue(LocalDate,LocalDate)", THERAPIST,
                p -> programs.reviewsDue(today.minusYears(1), today.plusYears(1)),
                r -> ((Map<?, ?>) r).containsKey(maria));
        listing("ProgramService.histories(List)", THERAPIST, p -> programs.histories(List.of(p)),
                r -> ((Map<?, ?>) r).containsKey(maria));
        entry("ProgramService.versions(PatientRef)", THERAPIST, p -> programs.versions(signIn.ref(p)));
        entry("ProgramService.diff(PatientRef,int,int)", THERAPIST, p -> programs.diff(signIn.ref(p), 1, 1));
        entry("ProgramService.starter(PatientRef,List)", THERAPIST, p -> programs.starter(signIn.ref(p), List.of()));
        entry("ProgramService.proposal(PatientRef,BuilderDraft,List)", THERAPIST, p -> programs.proposal(signIn.ref(p),
                new app.plumbline.program.BuilderDraft(p, 0, null, null, null, List.of(), List.of()), List.of()));

        // sessionlog
        entry("SessionLogService.today()", ANY_PATIENT_ON_THEMSELF, p -> sessions.today());
        entry("SessionLogService.save(SessionInput)", ANY_PATIENT_ON_THEMSELF, p -> sessions.save(session));
        entry("SessionLogService.update(Long,SessionInput)", SELF, p -> sessions.update(mariasSession, session));
        entry("SessionLogService.delete(Long)", SELF, p -> {
            sessions.delete(mariasSession);
            return null;
        });
        entry("SessionLogService.answerNextMorning(LocalDate,NextMorning)", ANY_PATIENT_ON_THEMSELF, p -> {
            sessions.answerNextMorning(today.minusDays(1), NextMorning.SAME);
            return null;
        });
        entry("SessionFigures.dailyFigures(PatientRef,LocalDate,LocalDate)", THERAPIST_AND_SELF,
                p -> figures.dailyFigures(signIn.ref(p), today.minusDays(14), today));
        entry("SessionFigures.exerciseLogsSince(PatientRef,LocalDate)", THERAPIST_AND_SELF,
                p -> figures.exerciseLogsSince(signIn.ref(p), today.minusDays(14)));
        listing("SessionFigures.recentFigures(List,LocalDate,LocalDate,LocalDate)", THERAPIST,
                p -> figures.recentFigures(List.of(p), today.minusDays(13), today.minusDays(6), today),
                r -> ((Map<?, ?>) r).containsKey(maria));
        filteredListing("RedFlagService.openRedFlags(List)", THERAPIST, p -> redFlags.openRedFlags(List.of(p)),
                r -> ((Map<?, ?>) r).containsKey(maria));
        entry("RedFlagService.notesAndFlags(PatientRef)", THERAPIST, p -> redFlags.notesAndFlags(signIn.ref(p)));
        entry("RedFlagService.acknowledgeRedFlags(PatientRef)", THERAPIST, p -> redFlags.acknowledgeRedFlags(signIn.ref(p)));
        entry("SessionLogService.me()", ANY_PATIENT_ON_THEMSELF, p -> sessions.me().id());
        entry("SessionLogService.history(int,int)", ANY_PATIENT_ON_THEMSELF, p -> sessions.history(0, 200).sessions());
        entry("SessionLogService.session(Long)", SELF, p -> sessions.session(mariasSession));
        entry("PastSessions.hasAny(PatientRef)", THERAPIST, p -> pastSessions.hasAny(signIn.ref(p)));
        entry("PastSessions.record(PatientRef,List,boolean)", THERAPIST, p -> {
            pastSessions.record(signIn.ref(p), List.of(), true);
            return null;
        });
        entry("PastSessions.recordPaper(PatientRef,List)", THERAPIST, p -> pastSessions.recordPaper(signIn.ref(p), List.of()));
        entry("PastSessions.loggedDays(PatientRef,LocalDate,LocalDate)", THERAPIST,
                p -> pastSessions.loggedDays(signIn.ref(p), today.minusDays(7), today));

        // adherence
        entry("AdherenceService.report(PatientRef,int)", THERAPIST_AND_SELF, p -> adherence.report(signIn.ref(p), 4));
        entry("AdherenceService.myProgress()", ANY_PATIENT_ON_THEMSELF, p -> adherence.myProgress());
        entry("SuggestionService.suggestions(PatientRef)", THERAPIST, p -> suggestions.suggestions(signIn.ref(p)));
        entry("SuggestionService.apply(PatientRef,String)", THERAPIST, p -> suggestions.apply(signIn.ref(p), "probe"));
        entry("SuggestionService.dismiss(PatientRef,String,String)", THERAPIST, p -> {
            suggestions.dismiss(signIn.ref(p), "probe", "probe");
            return null;
        });
        filteredListing("AlertService.needsAttention()", THERAPIST, p -> alerts.needsAttention(),
                r -> ((List<?>) r).stream().anyMatch(a -> ((app.plumbline.adherence.Alert) a).patientId().equals(maria)));
        filteredListing("AlertService.needsAttention(List,Map)", THERAPIST, p -> alerts.needsAttention(
                        List.of(new PatientSummary(p, "Probe", null, null, null, true, List.of(), true)),
                        standings.standings(List.of(p))),
                r -> ((List<?>) r).stream().anyMatch(a -> ((app.plumbline.adherence.Alert) a).patientId().equals(maria)));
        entry("AlertService.acknowledgeRedFlags(Long)", THERAPIST, p -> alerts.acknowledgeRedFlags(p));
        listing("StandingService.standings(List)", THERAPIST, p -> standings.standings(List.of(p)),
                r -> ((Map<?, ?>) r).containsKey(maria));
        entry("AlertService.snooze(Long,AlertKind,int)", THERAPIST, p -> {
            alerts.snooze(p, AlertKind.NO_LOGS, 7);
            return null;
        });

        // outcome (Maria is asked the PSFS and has started it; see mariasQuestionnaire)
        entry("OutcomeService.overview(PatientRef)", THERAPIST, p -> outcomes.overview(signIn.ref(p)));
        entry("OutcomeService.assign(PatientRef,List)", THERAPIST,
                p -> {
                    outcomes.assign(signIn.ref(p), List.of(new PlanInput("psfs", today, 4, true)));
                    return null;
                });
        entry("OutcomeService.stop(PatientRef,String)", THERAPIST, p -> {
            outcomes.stop(signIn.ref(p), "psfs");
            return null;
        });
        entry("OutcomeService.discharge(PatientRef)", THERAPIST, p -> outcomes.discharge(signIn.ref(p)));
        entry("OutcomeService.recordPaper(PatientRef,PaperAnswers)", THERAPIST,
                p -> outcomes.recordPaper(signIn.ref(p), new PaperAnswers("nprs", today, Map.of("pain", List.of(3)))));
        entry("OutcomeService.paperForm(PatientRef,String)", THERAPIST, p -> outcomes.paperForm(signIn.ref(p), "nprs"));
        entry("OutcomeFigures.forSheet(PatientRef)", THERAPIST_AND_SELF, p -> outcomeFigures.forSheet(signIn.ref(p)));
        entry("OutcomeFigures.results(PatientRef)", THERAPIST, p -> outcomeFigures.results(signIn.ref(p)));
        entry("QuestionnaireService.due()", ANY_PATIENT_ON_THEMSELF, p -> questionnaires.due());
        entry("QuestionnaireService.myResults()", ANY_PATIENT_ON_THEMSELF, p -> questionnaires.myResults());
        entry("QuestionnaireService.open(String)", SELF, p -> questionnaires.open("psfs"));
        entry("QuestionnaireService.answer(Long,String,Integer,String)", SELF, p -> {
            questionnaires.answer(mariasResponse, "activity-1", 5, "Reading");
            return null;
        });
        entry("QuestionnaireService.submit(Long)", SELF, p -> questionnaires.submit(mariasResponse));
        // message
        entry("MessageService.thread(PatientRef)", THERAPIST_AND_SELF, p -> messages.thread(signIn.ref(p)));
        entry("MessageService.send(PatientRef,MessageInput)", THERAPIST_AND_SELF,
                p -> messages.send(signIn.ref(p), new MessageInput("Matrix probe", null)));
        filteredListing("MessageService.unreadCounts(Collection)", THERAPIST, p -> messages.unreadCounts(List.of(p)),
                r -> ((Map<?, ?>) r).containsKey(maria));
        filteredListing("MessageService.menuBadge()", ANYONE_ON_THEMSELF, p -> messages.menuBadge(), r -> false);

        // push: each patient's own devices; sending is for the server (no one signed in) only
        var device = FakePushService.browser("https://push.example/matrix-probe", "Matrix probe");
        filteredListing("PushService.publicKey()", ANY_PATIENT_ON_THEMSELF, p -> push.publicKey(), r -> false);
        entry("PushService.isOn(String)", ANY_PATIENT_ON_THEMSELF, p -> push.isOn(device.endpoint()));
        entry("PushService.turnOn(DeviceSubscription)", ANY_PATIENT_ON_THEMSELF, p -> {
            push.turnOn(device);
            return null;
        });
        entry("PushService.turnOff(String)", ANY_PATIENT_ON_THEMSELF, p -> {
            push.turnOff(device.endpoint());
            return null;
        });
        entry("PushService.sendTest()", ANY_PATIENT_ON_THEMSELF, p -> push.sendTest());
        entry("PushNotifications.send(Long,String,String,String)", EnumSet.of(Who.ANONYMOUS),
                p -> pushNotifications.send(p, "Plumbline", "Time for your exercises", "/today"));

        filteredListing("UnreadMessages.oldestFromTheClinic()", EnumSet.of(Who.ANONYMOUS),
                p -> unreadMessages.oldestFromTheClinic(), r -> false);

        // calendar: the therapist sees whether the feed is on, never its address
        entry("CalendarFeedService.status(PatientRef)", THERAPIST_AND_SELF, p -> calendarFeeds.status(signIn.ref(p)));
        entry("CalendarFeedService.address(PatientRef)", SELF, p -> calendarFeeds.address(signIn.ref(p)));
        entry("CalendarFeedService.switchOn(PatientRef)", SELF, p -> calendarFeeds.switchOn(signIn.ref(p)));
        entry("CalendarFeedService.renew(PatientRef)", SELF, p -> calendarFeeds.renew(signIn.ref(p)));
        entry("CalendarFeedService.switchOff(PatientRef)", SELF, p -> {
            calendarFeeds.switchOff(signIn.ref(p));
            return null;
        });

        // reminder (the admin's outbox: nobody of the five may read it; ReminderViewsTest signs in as the admin)
        entry("ReminderService.myPlan()", ANY_PATIENT_ON_THEMSELF, p -> reminders.myPlan());
        entry("ReminderService.save(ReminderChoice)", ANY_PATIENT_ON_THEMSELF, p -> {
            reminders.save(new ReminderChoice(true, java.util.EnumSet.of(java.time.DayOfWeek.MONDAY),
                    List.of(java.time.LocalTime.of(18, 0)), true));
            return null;
        });
        entry("ReminderService.statusLine(PatientRef)", THERAPIST, p -> reminders.statusLine(signIn.ref(p)));
        entry("ReminderService.times(PatientRef)", THERAPIST_AND_SELF, p -> reminders.times(signIn.ref(p)));
        filteredListing("ReminderService.outbox()", EnumSet.noneOf(Who.class), p -> reminders.outbox(), r -> true);
        filteredListing("ReminderService.mailServerConfigured()", EnumSet.noneOf(Who.class),
                p -> reminders.mailServerConfigured(), r -> true);

        // sheet
        entry("SheetService.sheet(PatientRef,SheetOptions)", THERAPIST_AND_SELF, p -> sheets.sheet(signIn.ref(p), new SheetOptions(null, false)));
        entry("SheetService.batch(List,SheetOptions,IntConsumer)", THERAPIST,
                p -> sheets.batch(List.of(p), new SheetOptions(null, false), done -> { }));
        filteredListing("SheetService.reviewsThisWeek()", THERAPIST, p -> sheets.reviewsThisWeek(),
                r -> ((List<?>) r).stream().anyMatch(d -> ((SheetService.ReviewDue) d).patientId().equals(maria)));
    }

    /** Maria is asked the PSFS from today and has started it: the id other patients must not reach. */
    private Long mariasQuestionnaire(LocalDate today) {
        jdbc.update("delete from outcome_answer");
        jdbc.update("delete from outcome_response");
        jdbc.update("delete from outcome_plan");
        signIn.as("anna.berg");
        outcomes.assign(signIn.ref(maria), List.of(new PlanInput("psfs", today, 4, true)));
        signIn.as("maria.lopez");
        try {
            return questionnaires.open("psfs").responseId();
        } finally {
            signIn.out();
        }
    }

    private Long mariasAccount() {
        signIn.as("maria.lopez");
        try {
            return ((AccountPrincipal) org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication().getPrincipal()).accountId();
        } finally {
            signIn.out();
        }
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A proof of access is made for one user: a colleague, another clinic or a patient cannot use it. */
    @Test
    void aProofOfAccessDoesNotPassToAnotherUser() {
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);
        for (String other : List.of("tom.ruiz", otherClinic.therapist(), "maria.lopez", "david.kim")) {
            signIn.as(other);
            assertThatThrownBy(() -> programs.active(annas)).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> patients.details(annas)).as(other).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as("maria.lopez");
        PatientRef hers = signIn.ref(maria);
        signIn.as("anna.berg");
        assertThatThrownBy(() -> programs.active(hers)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> programs.active(hers)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyServiceMethodHasAnEntry() {
        Set<String> found = new TreeSet<>();
        List<String> unclassified = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("app.plumbline") || NO_PATIENT_DATA.containsKey(type)) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic())
                    .map(AccessMatrixTest::signature).forEach(found::add);
            if (Arrays.stream(type.getDeclaredMethods()).noneMatch(m -> matrix.containsKey(signature(m)))) {
                unclassified.add(type.getSimpleName());
            }
        }
        assertThat(unclassified).as("services neither in the matrix nor in NO_PATIENT_DATA").isEmpty();
        assertThat(found).as("service methods without a matrix entry").isSubsetOf(matrix.keySet());
        assertThat(matrix.keySet()).as("matrix entries for methods that no longer exist").isSubsetOf(found);
    }

    @Test
    void eachPersonReachesOnlyWhatTheMatrixAllows() {
        Map<Who, String> people = new LinkedHashMap<>();
        people.put(Who.OWN_THERAPIST, "anna.berg");
        people.put(Who.OTHER_CLINIC, otherClinic.therapist());
        people.put(Who.SELF, "maria.lopez");
        people.put(Who.OTHER_PATIENT, "david.kim");
        people.put(Who.ANONYMOUS, null);
        List<String> wrong = new ArrayList<>();
        var transaction = new TransactionTemplate(transactions);
        for (Entry entry : matrix.values()) {
            for (var person : people.entrySet()) {
                Who who = person.getKey();
                if (person.getValue() == null) {
                    signIn.out();
                } else {
                    signIn.as(person.getValue());
                }
                long lastEvent = lastAuditEvent();
                Object result = null;
                RuntimeException thrown = null;
                long[] rowsBeforeRollback = {0};
                try {
                    result = transaction.execute(status -> {
                        status.setRollbackOnly();
                        Object answer = entry.call().apply(maria);
                        // A change's own audit row is in its transaction: counted before the rollback.
                        entityManager.flush();
                        rowsBeforeRollback[0] = auditEventsSince(lastEvent, "SUCCESS", maria);
                        return answer;
                    });
                } catch (RuntimeException e) {
                    thrown = e;
                }
                boolean denied = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
                boolean expectAllowed = entry.allowed().contains(who);
                if (expectAllowed && denied) {
                    wrong.add(entry.method() + " as " + who + ": denied, should be allowed (" + thrown.getMessage() + ")");
                } else if (!expectAllowed && !denied) {
                    boolean leak = entry.showsMaria() == null || thrown != null || entry.showsMaria().test(result);
                    if (leak) {
                        wrong.add(entry.method() + " as " + who + ": allowed, should be denied"
                                + (thrown == null ? "" : " (threw " + thrown + ")"));
                    }
                } else if (expectAllowed && entry.listsMaria() && thrown == null
                        && who == Who.OWN_THERAPIST && !entry.showsMaria().test(result)) {
                    wrong.add(entry.method() + " as " + who + ": Maria missing from her own clinic's list");
                }
                // Every reach into Maria's data is in the audit trail, and so is every refusal. A change
                // refused for its input (the probes' made-up input) returns and changes nothing.
                boolean refusedInput = thrown instanceof app.plumbline.base.InvalidInputException;
                if (entry.aboutMaria() && expectAllowed && !refusedInput && (who == Who.OWN_THERAPIST || who == Who.SELF)
                        && rowsBeforeRollback[0] == 0 && auditEventsSince(lastEvent, "SUCCESS", maria) == 0) {
                    wrong.add(entry.method() + " as " + who + ": reached Maria's data without an audit event");
                }
                if (denied && auditEventsSince(lastEvent, "DENIED", null) == 0) {
                    wrong.add(entry.method() + " as " + who + ": refused without an audit event");
                }
            }
        }
        assertThat(wrong).as("access matrix violations").isEmpty();
    }

    private long lastAuditEvent() {
        audit.awaitWritten();
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    private long auditEventsSince(long lastEvent, String outcome, Long patientId) {
        audit.awaitWritten();
        return patientId == null
                ? jdbc.queryForObject("select count(*) from audit_event where id > ? and outcome = ?", Long.class,
                        lastEvent, outcome)
                : jdbc.queryForObject("select count(*) from audit_event where id > ? and outcome = ? and patient_id = ?",
                        Long.class, lastEvent, outcome, patientId);
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

}
