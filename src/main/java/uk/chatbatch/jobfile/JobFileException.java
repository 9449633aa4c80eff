package uk.chatbatch.jobfile;

/** A job file or command line that cannot be used; the message names the file, key and value. */
public class JobFileException extends RuntimeException {

    public JobFileException(String message) {
        super(message);
    }
}
