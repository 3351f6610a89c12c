package org.eventline.web.format;

/**
 * What a file must carry to cite a dataset's events once it has left the API (a CSV keeps no
 * headers): the dataset's version, licence and citation.
 */
public record DatasetTerms(String version, String licence, String licenceUrl, String citation) {

    /** The licence with the address of its text, as one cell: "CC BY 4.0 (https://...)". */
    String licenceText() {
        if (licence == null) {
            return licenceUrl;
        }
        return licenceUrl == null ? licence : licence + " (" + licenceUrl + ")";
    }
}
