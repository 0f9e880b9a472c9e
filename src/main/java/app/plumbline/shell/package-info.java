/**
 * The role-aware shell around every screen: the layout with its menu per role, the home address
 * that sends each role on to its own start screen. It stands on security (who is signed in) and
 * on messages (the unread count in the menu), and nothing depends on it; keeping it out of base
 * lets base and security depend one way.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"message", "security"})
package app.plumbline.shell;
