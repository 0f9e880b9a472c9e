package app.plumbline.base;

/** Names the app method that called into an access check, for the audit trail ("ProgramService.active"). */
public final class Callers {

    private Callers() {
    }

    /** The first method of the app on the stack outside the named classes and Spring's proxies. */
    public static String outside(String... skippedClasses) {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("app.plumbline.") && !f.getClassName().contains("$$")
                        && !f.getClassName().equals(Callers.class.getName())
                        && java.util.Arrays.stream(skippedClasses).noneMatch(s -> f.getClassName().startsWith(s)))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("unknown"));
    }
}
