package app.plumbline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.RawUpload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitedUploadTest {

    private static final int LIMIT = 300 * 1024;

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedWithoutOpeningTheBody() throws IOException {
        assertThat(LimitedUpload.read(200L * 1024 * 1024, () -> {
            throw new AssertionError("the body was opened");
        }, LIMIT)).isEmpty();
    }

    @Test
    void anUndeclaredOrUnderstatedSizeIsReadOnlyToOneBytePastTheLimit() throws IOException {
        assertThat(LimitedUpload.read(-1, () -> RawUpload.endless(LIMIT + 1), LIMIT)).isEmpty();
        assertThat(LimitedUpload.read(10, () -> RawUpload.endless(LIMIT + 1), LIMIT)).isEmpty();
    }

    @Test
    void aFileOfTheLimitIsTakenWhole() throws IOException {
        byte[] file = new byte[LIMIT];
        assertThat(LimitedUpload.read(LIMIT, () -> new ByteArrayInputStream(file), LIMIT)).get()
                .satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
        assertThat(LimitedUpload.read(-1, () -> new ByteArrayInputStream(new byte[LIMIT + 1]), LIMIT)).isEmpty();
    }

    @Test
    void limitsAreSaidAsPeopleSayThem() {
        assertThat(LimitedUpload.size(300 * 1024)).isEqualTo("300 KB");
        assertThat(LimitedUpload.size(1024 * 1024)).isEqualTo("1 MB");
    }
}
