package app.plumbline.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The practice that owns its therapists, patients and data. */
@Entity
public class Clinic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private boolean demo;
    private Instant createdAt;

    protected Clinic() {
    }

    public Clinic(String name, boolean demo, Instant createdAt) {
        this.name = name;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The admin renames the clinic on the clinic settings screen (clinic module, through {@link ClinicNames}). */
    public void rename(String newName) {
        this.name = newName;
    }
}
