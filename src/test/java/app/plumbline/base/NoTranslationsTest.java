package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Vaadin finds the app's one provider (no class-path search per request) and sessions keep the server's locale. */
class NoTranslationsTest extends KaribuTest {

    @Test
    void vaadinUsesTheProviderBeanAndTheServersLocale() {
        I18NProvider provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();

        assertThat(provider).isNotNull().isSameAs(VaadinService.getCurrent().getInstantiator().getI18NProvider());
        assertThat(provider.getClass().getSimpleName()).isEqualTo("NoTranslations");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.getDefault());
    }
}
