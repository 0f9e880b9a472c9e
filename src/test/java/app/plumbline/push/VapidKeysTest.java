package app.plumbline.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.ServiceTest;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The VAPID key pair is made once, on the first start, and every later start reads the same one. */
@ServiceTest
class VapidKeysTest {

    @Autowired
    VapidKeys vapidKeys;
    @Autowired
    VapidKeyPairRepository pairs;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstStartMadeOnePairAndEveryCallUsesIt() {
        // made when the application was ready, before any patient asked
        assertThat(jdbc.queryForObject("select count(*) from push_vapid_keys", Integer.class)).isOne();
        String first = vapidKeys.publicKey();
        assertThat(vapidKeys.publicKey()).isEqualTo(first);
        // the browser's applicationServerKey: an uncompressed P-256 point
        byte[] point = Base64.getUrlDecoder().decode(first);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
    }

    @Test
    void aLaterStartReadsTheStoredPairInsteadOfMakingANewOne() {
        String before = vapidKeys.publicKey();
        String storedPrivate = jdbc.queryForObject("select private_key from push_vapid_keys", String.class);

        var restarted = new VapidKeys(pairs, transactions, clock);

        assertThat(restarted.publicKey()).isEqualTo(before);
        assertThat(restarted.keys().getPkcs8PrivateKey()).isEqualTo(storedPrivate);
        assertThat(jdbc.queryForObject("select count(*) from push_vapid_keys", Integer.class)).isOne();
    }

    @Test
    void anEmptyDatabaseGetsANewPairOnceAndAnInstanceLosingTheRaceUsesTheWinners() {
        jdbc.update("delete from push_vapid_keys");
        try {
            var first = new VapidKeys(pairs, transactions, clock);
            var second = new VapidKeys(pairs, transactions, clock);
            String made = first.publicKey();

            assertThat(second.publicKey()).isEqualTo(made);
            assertThat(jdbc.queryForObject("select count(*) from push_vapid_keys", Integer.class)).isOne();
        } finally {
            // the context's own component keeps its pair cached: put a pair back that matches it
            jdbc.update("delete from push_vapid_keys");
            var keys = vapidKeys.keys();
            jdbc.update("insert into push_vapid_keys (id, public_key, private_key, created_at) values (1, ?, ?, ?)",
                    keys.getX509PublicKey(), keys.getPkcs8PrivateKey(), java.sql.Timestamp.from(clock.instant()));
        }
    }

    @Test
    void thePrivateKeyIsNotInWhatALogWouldPrint() {
        var pair = pairs.findById(VapidKeyPair.ID).orElseThrow();
        assertThat(pair.toString()).doesNotContain(pair.getPrivateKey()).doesNotContain(pair.getPublicKey());
    }
}
