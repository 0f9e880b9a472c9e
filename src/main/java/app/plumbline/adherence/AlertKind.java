package app.plumbline.adherence;

/** Why a patient needs attention; each kind can be acknowledged or snoozed on its own. */
public enum AlertKind {
    NO_LOGS, PAIN, WORSE_MORNINGS, LOW_ADHERENCE, RED_FLAG, NOT_ACTIVATED
}
