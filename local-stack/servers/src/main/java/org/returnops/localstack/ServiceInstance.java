package org.returnops.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One running copy of a service: the service and its number among the copies (1, 2, ...). The first
 * instance is named after the service and takes the service's port setting, so one instance per service
 * runs exactly as before; instance {@code n} is {@code <service>-n} on {@code SUITE_<SERVICE>_PORT_<n>},
 * by default ten ports above the one before it.
 */
public record ServiceInstance(ServiceSpec spec, int number) {

    /** How many instances of each domain service the run command starts; per service with {@code SUITE_<SERVICE>_REPLICAS}. */
    public static final String REPLICAS = "SUITE_REPLICAS";
    /** Ports between one instance of a service and the next, unless set. */
    static final int PORT_STEP = 10;

    public ServiceInstance {
        if (number < 1) {
            throw new IllegalArgumentException("instances are numbered from 1");
        }
    }

    public static ServiceInstance first(ServiceSpec spec) {
        return new ServiceInstance(spec, 1);
    }

    /** The name in progress lines, pid files and log files. */
    public String name() {
        return number == 1 ? spec.name() : spec.name() + "-" + number;
    }

    /** The setting that holds this instance's port. */
    public String portSetting() {
        return number == 1 ? spec.portSetting() : spec.portSetting() + "_" + number;
    }

    /** This instance's port: its own setting, else ten ports above the instance before it. */
    public int port(Function<String, String> env) {
        int fallback = number == 1 ? spec.defaultPort()
                : new ServiceInstance(spec, number - 1).port(env) + PORT_STEP;
        return StackSettings.intSetting(env, portSetting(), fallback);
    }

    /**
     * The instances to start, service by service in the given order: {@code SUITE_<SERVICE>_REPLICAS}, else
     * {@code SUITE_REPLICAS}, else one. The gateway runs once: it is the one address partners call.
     */
    public static List<ServiceInstance> plan(Function<String, String> env, List<ServiceSpec> services) {
        List<ServiceInstance> instances = new ArrayList<>();
        for (ServiceSpec spec : services) {
            int replicas = replicas(env, spec);
            for (int number = 1; number <= replicas; number++) {
                instances.add(new ServiceInstance(spec, number));
            }
        }
        return List.copyOf(instances);
    }

    /**
     * Settings for {@code replicas} instances of every domain service ({@code SUITE_REPLICAS}), each instance and the
     * gateway on a free port of its own: what a suite started by tests or a bench in a fresh folder runs with.
     */
    public static Map<String, String> onFreePorts(int replicas) {
        Map<String, String> settings = new HashMap<>();
        settings.put(REPLICAS, Integer.toString(replicas));
        plan(settings::get, ServiceSpec.ALL)
                .forEach(instance -> settings.put(instance.portSetting(), Integer.toString(Ports.free())));
        return settings;
    }

    /** How many instances of the service the settings ask for. */
    public static int replicas(Function<String, String> env, ServiceSpec spec) {
        String own = replicasSetting(spec);
        if (spec.database().isEmpty()) {
            if (StackSettings.orDefault(env, own, "1").trim().equals("1")) {
                return 1;
            }
            throw new StackException(own + ": the gateway runs as one instance (it is the address partners call);"
                    + " put a load balancer in front of several gateways instead");
        }
        String value = StackSettings.orDefault(env, own, StackSettings.orDefault(env, REPLICAS, "1")).trim();
        String setting = env.apply(own) != null && !env.apply(own).isBlank() ? own : REPLICAS;
        try {
            int replicas = Integer.parseInt(value);
            if (replicas >= 1 && replicas <= 9) {
                return replicas;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(setting + " must be a number of instances from 1 to 9, not '" + value + "'");
    }

    /** {@code SUITE_REGISTRY_REPLICAS} and the like. */
    public static String replicasSetting(ServiceSpec spec) {
        return spec.portSetting().replace("_PORT", "_REPLICAS").toUpperCase(Locale.ROOT);
    }
}
