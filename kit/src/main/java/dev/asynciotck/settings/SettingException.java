package dev.asynciotck.settings;

/** A setting whose value cannot be used; the message names the setting as the user set it. */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, starting with the setting's name as the user gave it */
    public SettingException(String message) {
        super(message);
    }
}
