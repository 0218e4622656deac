package io.lien.app.api;

/** The server answered with an error, or could not be reached (status 0). */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
