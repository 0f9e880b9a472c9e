package app.plumbline.outcome;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.Region;
import app.plumbline.patient.Finding;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The therapist's side: which measures a patient answers when, and their scores over time. */
@Service
public class OutcomeService {

    private final PatientAccess access;
    private final PatientService patients;
    private final CatalogService catalog;
    private final ClinicQuestionnaires questionnaires;
    private final OutcomePlanRepository plans;
    private final OutcomeResponseRepository responses;
    private final OutcomeResults results;
    private final AuditLog audit;
    private final OutcomeSettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomeService(PatientAccess access, PatientService patients, CatalogService catalog, ClinicQuestionnaires questionnaires,
            OutcomePlanRepository plans, OutcomeResponseRepository responses, OutcomeResults results, AuditLog audit,
            OutcomeSettingsService settings, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.responses = responses;
        this.access = access;
        this.patients = patients;
        this.catalog = catalog;
        this.questionnaires = questionnaires;
        this.plans = plans;
        this.results = results;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OutcomeOverview overview(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        LocalDate today = currentUser.today();
        var rows = plans.findByPatientIdOrderByQuestionnaire(patient.id()).stream()
                .map(p -> new OutcomeOverview.PlanRow(p.getQuestionnaire(), shortName(p.getQuestionnaire()),
                        p.getStartsOn(), p.getEveryWeeks(), p.isAtDischarge(), p.isActive(),
                        p.next(today).orElse(null), p.current(today).isPresent()))
                .toList();
        var choices = questionnaires.all().stream().map(q -> new OutcomeOverview.Choice(q.slug(), q.shortName(),
                q.name(), q.answerable(), q.licence().note())).toList();
        List<MeasureResult> measures = results.of(patient.id());
        return new OutcomeOverview(rows, proposed(patient), choices, measures, educationOffer(patient, measures));
    }

    /** Assigns measures, or changes when assigned ones are asked: all of them, or none if one is refused. */
    @Transactional
    public void assign(PatientRef patientRef, List<PlanInput> inputs) {
        PatientRef patient = access.therapist(patientRef);
        inputs.forEach(input -> assign(patient, input));
    }

    private void assign(PatientRef patient, PlanInput input) {
        Questionnaire q = questionnaires.find(input.questionnaire()).orElseThrow(() ->
                new InvalidInputException("questionnaire", "Choose a measure from the list."));
        if (!q.answerable()) {
            throw new InvalidInputException("questionnaire", q.shortName() + " needs the clinic's licensed texts "
                    + "before patients can answer it (see questionnaires/README.md).");
        }
        OutcomePlan plan = plans.findByPatientIdAndQuestionnaire(patient.id(), q.slug()).orElseGet(() ->
                new OutcomePlan(patient.id(), q.slug(), currentUser.require().accountId(), clock.instant()));
        plan.schedule(input.startsOn(), input.everyWeeks(), input.atDischarge(), currentUser.today());
        plans.save(plan);
        audit.write(patient.id(), "outcome.assign", q.slug() + " from " + input.startsOn()
                + (input.everyWeeks() == null ? "" : ", every " + input.everyWeeks() + " weeks")
                + (input.atDischarge() ? ", at discharge" : ""));
    }

    /**
     * A questionnaire the patient answered on paper, typed in by the therapist with its date (the
     * first of a measure counts as baseline). Scored by the measure's rule. Every problem (the date,
     * each item, each activity name) is reported at once, and a refused form saves nothing.
     */
    @Transactional
    public Score recordPaper(PatientRef patientRef, PaperAnswers paper) {
        PatientRef patient = access.therapist(patientRef);
        Questionnaire q = questionnaires.find(paper.questionnaire()).orElseThrow(() ->
                new InvalidInputException("questionnaire", "Choose a measure from the list."));
        List<FieldProblem> problems = new ArrayList<>(dateProblems(patient, q, paper.answeredOn()));
        problems.addAll(PaperCheck.labelProblems(q, paper));
        Score score = null;
        try {
            score = ScoreCalculator.score(q, paper.ticks());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean first = results.of(patient.id()).stream().noneMatch(r -> r.slug().equals(q.slug()));
        OutcomeResponse response = responses.save(OutcomeResponse.onPaper(q, patient.id(), paper.answeredOn(),
                first ? Occasion.BASELINE : Occasion.REPEAT, paper.ticks(), PaperCheck.labels(q, paper),
                clock.instant()));
        audit.write(patient.id(), "outcome.paper", q.slug() + " of " + paper.answeredOn() + " score "
                + response.getScore());
        return score;
    }

    private List<FieldProblem> dateProblems(PatientRef patient, Questionnaire q, LocalDate answeredOn) {
        if (answeredOn == null || answeredOn.isAfter(currentUser.today())) {
            return List.of(new FieldProblem("answeredOn", "Give the date the patient filled it in (today or before)."));
        }
        LocalDate firstSeen = patients.firstSeenOn(patient);
        if (answeredOn.isBefore(firstSeen)) {
            return List.of(new FieldProblem("answeredOn", "Give a date from " + firstSeen + ", when "
                    + patient.givenName() + " became a patient here, or later."));
        }
        if (responses.findByPatientIdAndQuestionnaireAndDueOn(patient.id(), q.slug(), answeredOn).isPresent()) {
            return List.of(new FieldProblem("answeredOn", q.shortName() + " is already recorded for " + answeredOn
                    + "."));
        }
        return List.of();
    }

    /** The measure as the paper form for this patient is typed in: its items, scale and answer texts. */
    @Transactional(readOnly = true)
    public Questionnaire paperForm(PatientRef patientRef, String questionnaire) {
        access.therapist(patientRef);
        return questionnaires.find(questionnaire).orElseThrow(() ->
                new InvalidInputException("questionnaire", "Choose a measure from the list."));
    }

    @Transactional
    public void stop(PatientRef patientRef, String questionnaire) {
        PatientRef patient = access.therapist(patientRef);
        OutcomePlan plan = plans.findByPatientIdAndQuestionnaire(patient.id(), questionnaire)
                .orElseThrow(() -> new InvalidInputException("questionnaire", "This measure is not assigned."));
        plan.stop();
        audit.write(patient.id(), "outcome.stop", questionnaire);
    }

    /** Asks today, once, every measure planned "at discharge"; returns how many. */
    @Transactional
    public int discharge(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        LocalDate today = currentUser.today();
        List<OutcomePlan> atDischarge = plans.findByPatientIdOrderByQuestionnaire(patient.id()).stream()
                .filter(p -> p.isActive() && p.isAtDischarge()).toList();
        atDischarge.forEach(p -> p.discharge(today));
        audit.write(patient.id(), "outcome.discharge", atDischarge.size() + " measure(s) asked at discharge");
        return atDischarge.size();
    }

    private EducationOffer educationOffer(PatientRef patient, List<MeasureResult> measures) {
        var tsk = measures.stream().filter(r -> r.slug().equals(EducationOffer.MEASURE)).findFirst().orElse(null);
        var advice = catalog.adviceItems(List.of(EducationOffer.ADVICE));
        if (tsk == null || advice.isEmpty()) {
            return null;
        }
        return EducationOffer.of(tsk, settings.threshold(patient.clinicId()), advice.getFirst().title()).orElse(null);
    }

    private Map<String, String> proposed(PatientRef patient) {
        Map<String, Region> regions = catalog.patterns().stream()
                .collect(Collectors.toMap(PatternDefinition::slug, PatternDefinition::region));
        Set<Region> found = patients.currentFindings(patient).stream().map(Finding::patternSlug)
                .map(regions::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return DefaultMeasures.propose(found, slug -> questionnaires.find(slug).filter(Questionnaire::answerable)
                .isPresent());
    }

    private String shortName(String slug) {
        return questionnaires.find(slug).map(Questionnaire::shortName).orElse(slug);
    }
}
