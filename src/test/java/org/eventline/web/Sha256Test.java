package org.eventline.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The digest every tag, fingerprint and generated slug is cut from, against the published SHA-256 vectors. */
class Sha256Test {

    @ParameterizedTest(name = "''{0}'' to {1} bytes")
    @CsvSource(value = {
        "'',  32, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abc, 32, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "abc, 16, ba7816bf8f01cfea414140de5dae2223",
        "abc, 4,  ba7816bf",
        "abc, 1,  ba",
    })
    void cutsTheDigestToTheBytesAsked(String text, int bytes, String hex) {
        assertEquals(hex, Sha256.hex(text, bytes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"Алеппо, 4df98f446d14e84a", "ħalab, e8c4dc99e72cb032"})
    void digestsTheUtf8OfTheText(String text, String hex) {
        assertEquals(hex, Sha256.hex(text, 8));
    }
}
