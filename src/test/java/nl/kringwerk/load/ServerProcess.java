package nl.kringwerk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar as an operator starts it ({@code java -jar} with the README's variables), with
 * what the load test reads from outside: its readiness, its CPU time ({@code /proc/<pid>/stat}) and its
 * heap after a full GC ({@code jcmd}); no actuator endpoint is opened for it.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    final Process process;
    final int port;
    final Path log;
    /** From the start of the JVM to readiness UP, in seconds. */
    final double startSeconds;

    private ServerProcess(Process process, int port, Path log, double startSeconds) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startSeconds = startSeconds;
    }

    static ServerProcess start(Path jar, List<String> jvmOptions, Map<String, String> env) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("kringwerk-load", ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("KRINGWERK_"));
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        long started = System.nanoTime();
        Process process = builder.start();
        waitUntilReady(port, process, log);
        return new ServerProcess(process, port, log, (System.nanoTime() - started) / 1e9);
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** User plus system CPU time of the server process so far, in seconds. */
    double cpuSeconds() throws IOException {
        return cpuSeconds(process.pid());
    }

    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command's closing parenthesis: utime is the 14th field, stime the 15th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / 100.0; // USER_HZ
    }

    /** The heap in use right after a full collection (jcmd GC.run, then GC.heap_info), in KB. */
    long heapKbAfterGc() throws Exception {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1));
    }

    /** The classes on the heap after a full collection ({@code jcmd GC.class_histogram}), to a file. */
    void classHistogram(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, jcmd("GC.class_histogram"));
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return out;
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: a graceful shutdown
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private static void waitUntilReady(int port, Process app, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the jar stopped:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        app.destroyForcibly();
        throw new IllegalStateException("not ready within 3 minutes:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
