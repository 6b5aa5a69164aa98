package coop.essaim.bench;

import java.lang.management.ManagementFactory;

/**
 * The heap a bench run needed: sampled every 100 ms in a daemon thread, the most in use at any moment (garbage
 * not yet collected included, so it is an upper bound of what the run needed). The sum of each heap pool's own
 * peak, which the JVM also reports, overstates it: the pools peak at different times.
 */
final class HeapWatch implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long mostInUse;

    HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            mostInUse = Math.max(mostInUse, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    String summary() {
        return String.format("heap: limit %,d MB, most in use %,d MB (sampled every 100 ms)",
                Runtime.getRuntime().maxMemory() / 1_000_000, mostInUse / 1_000_000);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
