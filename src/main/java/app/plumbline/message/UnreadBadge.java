package app.plumbline.message;

/** Unread messages for the signed-in user, and the menu entry (route path) that shows the count. */
public record UnreadBadge(String menuPath, long count) {
}
