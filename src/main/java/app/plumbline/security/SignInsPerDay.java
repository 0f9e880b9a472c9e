package app.plumbline.security;

import java.time.LocalDate;

public record SignInsPerDay(LocalDate day, int succeeded, int failed) {
}
