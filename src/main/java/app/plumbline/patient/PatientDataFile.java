package app.plumbline.patient;

/** A patient's data as a downloadable JSON file. */
public record PatientDataFile(String fileName, byte[] bytes) {
}
