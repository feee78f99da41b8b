package org.mailroom.detect;

import java.util.function.Consumer;

/**
 * "Detect from address": finds candidate IMAP, POP3 and SMTP servers for an email address from built-in presets,
 * ISPDB clientConfig files, DNS SRV and MX records and guessed host names, each checked by a probe that sends no
 * credentials. Nothing is saved; the admin picks a candidate and {@link Candidate#toMailServer()} makes the entry.
 */
public final class ServerDetector {

    private final DetectionSettings settings;
    /** One per detector, so the admin's files are read once and again only when they change. */
    private final IspdbFolder ispdbFolder;

    public ServerDetector(DetectionSettings settings) {
        this.settings = settings;
        this.ispdbFolder = new IspdbFolder(settings.ispdbFolder());
    }

    /**
     * Starts detecting in the background and returns at once.
     *
     * @param onFound told of each candidate worth showing as soon as its probe ends, on a detection thread (hop to
     *                the UI thread yourself); the same endpoint may come again if a more trusted source names it
     *                later; {@link DetectionJob#result()} holds the final ranked lists
     * @throws org.mailroom.domain.RuleViolationException when the text is not an email address
     */
    public DetectionJob detect(String emailAddress, Consumer<Candidate> onFound) {
        DetectionJob job = new DetectionJob(EmailAddress.parse(emailAddress), settings, ispdbFolder, onFound);
        job.start();
        return job;
    }
}
