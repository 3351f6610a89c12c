package org.eventline.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eventline.contract.Attack.Request;
import org.eventline.contract.ContractChecks.Breach;

/**
 * Sends attacks and keeps every broken promise, one line per request, so that one run shows all of
 * them: reads a few at a time, writes one by one between two row counts.
 */
final class HostileSweep {

    static final String ACCEPTED = "2xx to a hostile value";
    static final String ROWS_CHANGED = "rows changed by an error answer";
    static final String AIM_LOST = "valid body refused";
    static final String STORED = "hostile body stored";
    static final String SWEEP_BROKEN = "request not made";

    private final WireClient client;
    private final RowCounts counts;
    private final AtomicInteger sent = new AtomicInteger();
    private final Queue<Finding> findings = new ConcurrentLinkedQueue<>();
    private final Queue<String> trace = new ConcurrentLinkedQueue<>();
    private final Queue<String> created = new ConcurrentLinkedQueue<>();

    HostileSweep(WireClient client, RowCounts counts) {
        this.client = client;
        this.counts = counts;
    }

    /** One broken promise of one request. */
    record Finding(String kind, String method, String target, String label, int status, String reason) {

        String line() {
            return method + " " + abbreviated(target) + " [" + label + "] -> " + status + ": " + kind + ": " + reason;
        }
    }

    void reads(List<Attack> attacks, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        attacks.forEach(attack -> pool.submit(() -> guarded(attack, () -> read(attack))));
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the read sweep did not end");
        }
    }

    void writes(List<Attack> attacks) {
        attacks.forEach(attack -> guarded(attack, () -> write(attack)));
    }

    /** Valid requests that must succeed, or the sweep around them aims at nothing. */
    void aims(List<Attack> attacks) {
        for (Attack attack : attacks) {
            Request request = attack.request().get();
            WireAnswer answer = send(attack, request);
            // an import answers 200 whatever it refused: its summary must show no refused line
            if (answer.status() < 200 || answer.status() >= 300 || answer.body().contains("\"rejected\":") && !answer.body().contains("\"rejected\":0")) {
                findings.add(new Finding(AIM_LOST, attack.method(), request.target(), attack.label(), answer.status(),
                        answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body()));
            }
        }
    }

    /** A request the sweep itself failed to make or read is a failure too, never a silent gap. */
    private void guarded(Attack attack, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            findings.add(new Finding(SWEEP_BROKEN, attack.method(), "", attack.label(), 0, e.toString()));
        }
    }

    private void read(Attack attack) {
        Request request = attack.request().get();
        check(attack, request, send(attack, request));
    }

    private void write(Attack attack) {
        Request request = attack.request().get();
        String before = counts.now();
        WireAnswer answer = send(attack, request);
        check(attack, request, answer);
        String after = counts.now();
        if (!after.equals(before) && (answer.status() >= 400 || attack.acceptable())) {
            // an import answers 200 for lines it refuses: storing any of them is the failure
            findings.add(new Finding(answer.status() >= 400 ? ROWS_CHANGED : STORED, attack.method(), request.target(), attack.label(),
                    answer.status(), before + " -> " + after));
        }
    }

    private WireAnswer send(Attack attack, Request request) {
        sent.incrementAndGet();
        long start = System.nanoTime();
        WireAnswer answer = client.send(attack.method(), request.target(), request.headers(), request.body());
        String location = answer.header("Location");
        if (answer.status() == 201 && location.contains("/api/")) {
            created.add(location.substring(location.indexOf("/api/")));
        }
        String body = answer.body().replaceAll("\\s+", " ");
        trace.add(new Finding((System.nanoTime() - start) / 1_000_000 + " ms", attack.method(), request.target(), attack.label(),
                answer.status(), body.length() > 200 ? body.substring(0, 200) + "..." : body).line());
        return answer;
    }

    private void check(Attack attack, Request request, WireAnswer answer) {
        for (Breach breach : ContractChecks.of(answer)) {
            findings.add(new Finding(breach.kind(), attack.method(), request.target(), attack.label(), answer.status(), breach.reason()));
        }
        if (answer.status() >= 200 && answer.status() < 300 && !attack.acceptable()) {
            findings.add(new Finding(ACCEPTED, attack.method(), request.target(), attack.label(), answer.status(), "answered as if valid"));
        }
    }

    /** Every request sent and the status it got, one line each, for reading what the sweep did. */
    String trace() {
        return String.join("\n", trace);
    }

    /** The paths of the records a wrongly accepted POST created, to delete them after the sweep. */
    List<String> created() {
        return List.copyOf(created);
    }

    int sent() {
        return sent.get();
    }

    boolean clean() {
        return findings.isEmpty();
    }

    /** Counts per kind, then every finding, one line each, grouped by kind. */
    String report(String title) {
        Map<String, List<Finding>> byKind = new TreeMap<>();
        findings.forEach(finding -> byKind.computeIfAbsent(finding.kind(), kind -> new ArrayList<>()).add(finding));
        StringBuilder report = new StringBuilder(title + ": " + sent.get() + " requests, " + findings.size() + " failures");
        byKind.forEach((kind, list) -> report.append("\n  ").append(kind).append(": ").append(list.size()));
        byKind.forEach((kind, list) -> {
            list.sort(Comparator.comparing(Finding::method).thenComparing(Finding::target));
            list.forEach(finding -> report.append('\n').append(finding.line()));
        });
        return report.toString();
    }

    private static String abbreviated(String target) {
        String visible = target.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return visible.length() > 160 ? visible.substring(0, 100) + "...(" + visible.length() + " chars)" : visible;
    }
}
