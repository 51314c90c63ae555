package org.safepassage.transport.convoy;

/** What became of a request to move a convoy on: moved from one status to another, or refused with a reason. */
public sealed interface Transition {

    record Moved(ConvoyStatus from, ConvoyStatus to) implements Transition {
    }

    /** @param reasonKey message key (bundle i18n/transport) saying why */
    record Refused(String reasonKey) implements Transition {
    }
}
