package app.plumbline.push;

import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's VAPID key pair (RFC 8292), with which push services recognise this server: made on
 * the first start and kept in the database, because every browser subscription is bound to the
 * public key and a new pair would silently end them all. Instances sharing a database share the
 * pair: one that loses the race to store its new pair reads the winner's. The private key is never
 * logged and never leaves the server.
 */
@Component
public class VapidKeys {

    private static final Logger log = LoggerFactory.getLogger(VapidKeys.class);

    private final VapidKeyPairRepository pairs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile com.interaso.webpush.VapidKeys keys;

    VapidKeys(VapidKeyPairRepository pairs, PlatformTransactionManager transactions, Clock clock) {
        this.pairs = pairs;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** On the first start the pair is made now, not when the first patient turns reminders on. */
    @EventListener(ApplicationReadyEvent.class)
    void makeOnFirstStart() {
        keys();
    }

    /**
     * The public key as the browser's {@code applicationServerKey} wants it: the uncompressed EC
     * point, Base64 URL-safe without padding. Public by design.
     */
    public String publicKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys().getApplicationServerKey());
    }

    /** The key pair for signing push requests; only this module sends. */
    com.interaso.webpush.VapidKeys keys() {
        var current = keys;
        if (current == null) {
            synchronized (this) {
                current = keys;
                if (current == null) {
                    VapidKeyPair stored = loadOrCreate();
                    current = com.interaso.webpush.VapidKeys.create(stored.getPublicKey(), stored.getPrivateKey());
                    keys = current;
                }
            }
        }
        return current;
    }

    private VapidKeyPair loadOrCreate() {
        var existing = transaction.execute(s -> pairs.findById(VapidKeyPair.ID).orElse(null));
        if (existing != null) {
            return existing;
        }
        var made = com.interaso.webpush.VapidKeys.generate();
        try {
            var stored = transaction.execute(s -> pairs.saveAndFlush(new VapidKeyPair(made.getX509PublicKey(),
                    made.getPkcs8PrivateKey(), clock.instant())));
            log.info("Web Push: made the server's VAPID key pair and stored it in the database");
            return stored;
        } catch (DataIntegrityViolationException another) {
            // Another instance stored its pair first: use that one.
            return transaction.execute(s -> pairs.findById(VapidKeyPair.ID).orElseThrow());
        }
    }
}
