package org.eventline.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.web.InvalidInput;

/** What an import did, line by line: the answer of POST /imports. */
@Schema(name = "ImportSummary")
public record ImportSummary(
        @Schema(description = "Lines read, the header not counted.") long lines,
        @Schema(description = "Events created.") int created,
        @Schema(description = "Events whose stored version differed from the line: rewritten, with a revision.") int updated,
        @Schema(description = "Events already stored exactly as the line has them.") int unchanged,
        @Schema(description = "Lines whose event a curator retired: left retired.") int retired,
        @Schema(description = "Lines refused; see rejected_lines.") int rejected,
        @Schema(description = "Each refused line with its problems.") List<RejectedLine> rejectedLines) {

    @Schema(name = "RejectedLine")
    public record RejectedLine(
            @Schema(description = "Line number in the body, 1 for its first line (the header of a CSV).") long line,
            List<InvalidInput> problems) {
    }
}
