package org.safepassage.registry;

import java.util.UUID;

/**
 * An administrator undid a merge of duplicates: the restored record is a person of its own again (its
 * history kept throughout). Records other modules moved to the kept person on {@link PersonsMerged} stay
 * there unless they react to this.
 */
public record PersonsUnmerged(UUID keptIndividualId, UUID restoredIndividualId) {
}
