package org.eventline.claim;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.event.EventFilterParameters;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;

/**
 * Declares the filters on claims, on top of the filters of their events (every /events filter):
 * ClaimFilterParser reads these fields. Each is repeatable: any of its values, and all parameters together.
 */
public class ClaimFilterParameters extends EventFilterParameters {

    @RestQuery
    @Parameter(description = "What the claim counts; repeat for any of several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimMeasure.class))
    public List<String> measure;

    @RestQuery
    @Parameter(description = "Whom it counts; repeat for any of several. A group is part of another (civilians of people): "
            + "choose one to sum.", schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimGroup.class))
    public List<String> group;

    @RestQuery("attributed_to")
    @Parameter(description = "Who made the claim: actor id or slug; repeat for any of several.", example = "ucdp")
    public List<String> attributedTo;

    @RestQuery
    @Parameter(description = "Where the claim was read: source id or slug; repeat for any of several.")
    public List<String> source;

    @RestQuery
    @Parameter(description = "How far the claim is verified; repeatable.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Verification.class))
    public List<String> verification;

    @RestQuery
    @Parameter(description = "The claim's qualifier (at_least, about...); repeatable.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Qualifier.class))
    public List<String> qualifier;

    @RestQuery
    @Parameter(description = "Which of its claimant's estimates the claim is; none: claims that are no such estimate "
            + "(a single figure). Repeatable.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EstimateChoice.class))
    public List<String> estimate;
}
