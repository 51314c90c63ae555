package org.safepassage.registry.internal.names;

import java.util.Arrays;

/** A growing row of sounds; names are short, so this stays tiny. */
final class SoundBuffer {

    private byte[] sounds = new byte[16];
    private int size;

    void add(byte sound) {
        if (size == sounds.length) {
            sounds = Arrays.copyOf(sounds, size * 2);
        }
        sounds[size++] = sound;
    }

    byte last() {
        return size == 0 ? -1 : sounds[size - 1];
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(sounds, size);
    }
}
