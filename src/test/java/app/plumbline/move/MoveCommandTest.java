package app.plumbline.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator runs it, without the web app: H2 file databases in a temporary
 * directory (named explicitly, so this holds under -Ppostgres too).
 */
class MoveCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportAndImportRunFromTheCommandLineAndSayWhatWentWrong() {
        Path archive = dir.resolve("clinic.zip");

        assertThat(MoveCommand.run(args("source", "--plumbline.move=export", "--plumbline.move.file=" + archive))).isZero();
        assertThat(archive).isRegularFile();
        assertThat(MoveCommand.run(args("target", "--plumbline.move=import", "--plumbline.move.file=" + archive))).isZero();

        assertThat(MoveCommand.run(args("source", "--plumbline.move=export", "--plumbline.move.file=" + archive)))
                .as("an existing archive is not overwritten").isEqualTo(1);
        assertThat(MoveCommand.run(args("source", "--plumbline.move=sideways", "--plumbline.move.file=" + archive))).isEqualTo(1);
        assertThat(MoveCommand.run(args("other", "--plumbline.move=import", "--plumbline.move.file=" + dir.resolve("none.zip"))))
                .isEqualTo(1);
        assertThat(Files.exists(dir.resolve("clinic.zip.part"))).isFalse();
    }

    @Test
    void onlyAMoveArgumentStartsAMove() {
        assertThat(MoveCommand.requested(new String[] {"--plumbline.move=export"})).isTrue();
        assertThat(MoveCommand.requested(new String[] {"--spring.profiles.active=demo"})).isFalse();
        assertThat(MoveCommand.requested(new String[] {"--plumbline.move.file=x.zip"})).isFalse();
    }

    private String[] args(String database, String... move) {
        String[] all = new String[move.length + 1];
        all[0] = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve(database).toAbsolutePath() + "/plumbline";
        System.arraycopy(move, 0, all, 1, move.length);
        return all;
    }
}
