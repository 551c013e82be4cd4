package org.returnops.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run command's replica settings: how many instances of each service, their names and their ports. */
class ServiceInstanceTest {

    private static Function<String, String> env(Map<String, String> settings) {
        return settings::get;
    }

    private static List<String> names(Map<String, String> settings) {
        return ServiceInstance.plan(env(settings), ServiceSpec.ALL).stream().map(ServiceInstance::name).toList();
    }

    @Test
    void withoutSettingsEachServiceRunsOnceUnderItsOwnNameAndPort() {
        assertThat(names(Map.of())).containsExactly("registry-service", "consular-service", "transport-service",
                "gateway");
        assertThat(ServiceInstance.first(ServiceSpec.REGISTRY).port(env(Map.of()))).isEqualTo(8081);
        assertThat(ServiceInstance.first(ServiceSpec.REGISTRY).portSetting()).isEqualTo("SUITE_REGISTRY_PORT");
    }

    @Test
    void suiteReplicasStartsThatManyOfEachDomainServiceAndOneGateway() {
        assertThat(names(Map.of("SUITE_REPLICAS", "2"))).containsExactly("registry-service", "registry-service-2",
                "consular-service", "consular-service-2", "transport-service", "transport-service-2", "gateway");
    }

    @Test
    void aServicesOwnSettingOverridesTheCommonOne() {
        assertThat(names(Map.of("SUITE_REPLICAS", "2", "SUITE_CONSULAR_REPLICAS", "3", "SUITE_TRANSPORT_REPLICAS", "1")))
                .containsExactly("registry-service", "registry-service-2", "consular-service", "consular-service-2",
                        "consular-service-3", "transport-service", "gateway");
    }

    @Test
    void furtherInstancesTakeTheirOwnPortSettingElseTenAboveTheInstanceBefore() {
        ServiceInstance second = new ServiceInstance(ServiceSpec.REGISTRY, 2);
        ServiceInstance third = new ServiceInstance(ServiceSpec.REGISTRY, 3);
        assertThat(second.portSetting()).isEqualTo("SUITE_REGISTRY_PORT_2");
        assertThat(second.port(env(Map.of()))).isEqualTo(8091);
        assertThat(third.port(env(Map.of("SUITE_REGISTRY_PORT", "9000")))).isEqualTo(9020);
        assertThat(third.port(env(Map.of("SUITE_REGISTRY_PORT_2", "9500")))).isEqualTo(9510);
        assertThat(third.port(env(Map.of("SUITE_REGISTRY_PORT_3", "9999")))).isEqualTo(9999);
    }

    @Test
    void aNumberOutOfRangeOrNotANumberIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> names(Map.of("SUITE_REPLICAS", "0")))
                .isInstanceOf(StackException.class)
                .hasMessage("SUITE_REPLICAS must be a number of instances from 1 to 9, not '0'");
        assertThatThrownBy(() -> names(Map.of("SUITE_REGISTRY_REPLICAS", "two")))
                .isInstanceOf(StackException.class)
                .hasMessage("SUITE_REGISTRY_REPLICAS must be a number of instances from 1 to 9, not 'two'");
    }

    @Test
    void theGatewayRunsOnce() {
        assertThat(ServiceInstance.replicasSetting(ServiceSpec.GATEWAY)).isEqualTo("SUITE_GATEWAY_REPLICAS");
        assertThat(names(Map.of("SUITE_REPLICAS", "3"))).containsOnlyOnce("gateway");
        assertThatThrownBy(() -> names(Map.of("SUITE_GATEWAY_REPLICAS", "2")))
                .isInstanceOf(StackException.class).hasMessageContaining("the gateway runs as one instance");
    }

    @Test
    void onFreePortsEveryPlannedInstanceHasAPortOfItsOwn() {
        Map<String, String> settings = ServiceInstance.onFreePorts(2);

        List<ServiceInstance> planned = ServiceInstance.plan(settings::get, ServiceSpec.ALL);
        assertThat(settings).containsEntry(ServiceInstance.REPLICAS, "2");
        assertThat(planned).hasSize(7);
        assertThat(planned.stream().map(instance -> settings.get(instance.portSetting())).distinct())
                .hasSize(7).doesNotContainNull();
    }
}
