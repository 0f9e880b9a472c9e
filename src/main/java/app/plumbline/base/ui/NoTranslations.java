package app.plumbline.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Tells Vaadin once that the app has no translation files: its texts are written in the code. Without
 * a provider bean Vaadin looks for one on every page load and every new session (a failed bean
 * lookup and a class-path search each time, seen at the top of a load profile). The one locale is
 * the server's default, the locale a session had before, so dates and numbers format as they did.
 */
@Component
class NoTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.getDefault());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return "!{" + key + "}!";
    }
}
