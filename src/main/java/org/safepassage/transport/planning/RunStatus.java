package org.safepassage.transport.planning;

/**
 * Where a planning run stands. STOPPED: someone stopped it; INTERRUPTED: the application stopped while it
 * solved. Either way its best plan so far is kept and may be used.
 */
public enum RunStatus {
    SOLVING,
    FINISHED,
    STOPPED,
    INTERRUPTED,
    FAILED;

    public boolean isOver() {
        return this != SOLVING;
    }
}
