package org.eventline.contract;

import java.util.List;

/** One operation of the OpenAPI document: what a client may send to it. */
record ApiOperation(String method, String path, List<ApiParameter> parameters, List<ApiBody> bodies, boolean secured) {

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** A parameter: query, path or header, with its schema, example and description. */
    record ApiParameter(String name, String in, ApiSchema schema, boolean required, String example, String description) {
    }

    /** A request body the operation takes, of one media type. */
    record ApiBody(String mediaType, ApiSchema schema) {
    }
}
