package app.plumbline.security;

import app.plumbline.base.QueuedWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-ins per day in the admin's clinic, a day per bar, days without any included. */
@Service
public class SignInStatistics {

    private final SignInEventRepository events;
    private final QueuedWriter<SignInEvent> queued;
    private final CurrentUser currentUser;

    SignInStatistics(SignInEventRepository events, QueuedWriter<SignInEvent> queued, CurrentUser currentUser) {
        this.events = events;
        this.queued = queued;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<SignInsPerDay> lastDays(int days) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        queued.awaitWritten();
        ZoneId zone = currentUser.zone();
        LocalDate first = currentUser.today().minusDays(days - 1L);
        Map<LocalDate, List<SignInEvent>> byDay = events
                .findByClinicIdAndAtGreaterThanEqual(admin.clinicId(), first.atStartOfDay(zone).toInstant())
                .stream().collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.at(), zone)));
        return IntStream.range(0, days).mapToObj(first::plusDays).map(day -> {
            List<SignInEvent> onDay = byDay.getOrDefault(day, List.of());
            int ok = (int) onDay.stream().filter(SignInEvent::succeeded).count();
            return new SignInsPerDay(day, ok, onDay.size() - ok);
        }).toList();
    }
}
