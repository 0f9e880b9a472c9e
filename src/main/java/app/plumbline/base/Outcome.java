package app.plumbline.base;

/** How a recorded action ended: done, failed (e.g. a wrong password), or refused by an access rule. */
public enum Outcome {
    SUCCESS, FAILURE, DENIED
}
