package app.limber.platform.hibernate;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.HibernateException;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.bytecode.enhance.spi.EnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.spi.BasicProxyFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.bytecode.spi.ProxyFactoryFactory;
import org.hibernate.bytecode.spi.ReflectionOptimizer;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.property.access.spi.PropertyAccess;
import org.hibernate.proxy.ProxyFactory;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.type.CompositeType;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's lazy-loading proxy classes are made when a proxy is first needed, not for every entity at start-up, and
 * no constructor classes are generated that Hibernate would drop again.
 *
 * <p>Hibernate generates a proxy class (ByteBuddy) for each of the 27 entities while it starts, about a third of its
 * bootstrap (docs/performance.md#start-up), although only two are ever proxied: the program behind a lazily loaded
 * program day and the routine behind a routine step. This contributor (registered in
 * {@code META-INF/services/org.hibernate.service.spi.ServiceContributor}) gives Hibernate its own bytecode provider
 * (ByteBuddy) wrapped so that the proxy factories keep what Hibernate tells them at start-up and make the class, with
 * Hibernate's own factory, the first time a proxy is asked for. Proxies behave exactly as before; the first lazy
 * reference to each entity type pays a few milliseconds once.
 */
public final class DeferredProxyClasses implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        // Added after Hibernate's own initiator for the same service, so this one is used.
        registry.addInitiator(new Initiator());
    }

    /** Hibernate's own bytecode provider (ByteBuddy), found as Hibernate finds it, with deferring proxy factories. */
    private static final class Initiator implements StandardServiceInitiator<BytecodeProvider> {

        @Override
        public Class<BytecodeProvider> getServiceInitiated() {
            return BytecodeProvider.class;
        }

        @Override
        public BytecodeProvider initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
            Collection<BytecodeProvider> found = registry.requireService(ClassLoaderService.class)
                    .loadJavaServices(BytecodeProvider.class);
            if (found.size() != 1) {
                throw new IllegalStateException("Expected Hibernate's one bytecode provider, found " + found.size());
            }
            return new DeferringBytecodeProvider(found.iterator().next());
        }
    }

    /** Hibernate's bytecode provider, except that its proxy factories make their class on first use. */
    record DeferringBytecodeProvider(BytecodeProvider hibernates) implements BytecodeProvider {

        @Override
        public ProxyFactoryFactory getProxyFactoryFactory() {
            return new DeferringFactoryFactory(hibernates.getProxyFactoryFactory());
        }

        @Override
        @SuppressWarnings({"rawtypes", "deprecation"})
        public ReflectionOptimizer getReflectionOptimizer(Class clazz, String[] getterNames, String[] setterNames,
                Class[] types) {
            return hibernates.getReflectionOptimizer(clazz, getterNames, setterNames, types);
        }

        /**
         * None. Hibernate's optimizer (generated accessors and constructor calls) needs fields it can reach from
         * outside; Limber's entities keep theirs private, so Hibernate generated a constructor class for each entity,
         * then found it couldn't make the accessors and dropped the lot, at every start. Entities are read and
         * written with reflection either way (DeferredProxyClassesTest checks that Hibernate's answer is none).
         */
        @Override
        public @Nullable ReflectionOptimizer getReflectionOptimizer(Class<?> clazz,
                Map<String, PropertyAccess> propertyAccessMap) {
            return null;
        }

        @Override
        public @Nullable Enhancer getEnhancer(EnhancementContext enhancementContext) {
            return hibernates.getEnhancer(enhancementContext);
        }

        @Override
        public void resetCaches() {
            hibernates.resetCaches();
        }
    }

    private record DeferringFactoryFactory(ProxyFactoryFactory hibernates) implements ProxyFactoryFactory {

        @Override
        public ProxyFactory buildProxyFactory(SessionFactoryImplementor sessionFactory) {
            return new DeferredProxyFactory(() -> hibernates.buildProxyFactory(sessionFactory));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public BasicProxyFactory buildBasicProxyFactory(Class superClassOrInterface) {
            return hibernates.buildBasicProxyFactory(superClassOrInterface);
        }
    }

    /** Keeps the entity's description until the first proxy of it is needed, then lets Hibernate's factory work. */
    static final class DeferredProxyFactory implements ProxyFactory {

        private final Supplier<ProxyFactory> hibernates;
        /** Hibernate's factory set up with what {@link #postInstantiate} was told; run on the first proxy. */
        private @Nullable Supplier<ProxyFactory> setUp;
        private volatile @Nullable ProxyFactory ready;

        DeferredProxyFactory(Supplier<ProxyFactory> hibernates) {
            this.hibernates = hibernates;
        }

        @Override
        public void postInstantiate(String entityName, Class<?> persistentClass, Set<Class<?>> interfaces,
                @Nullable Method getIdentifierMethod, @Nullable Method setIdentifierMethod,
                @Nullable CompositeType componentIdType) throws HibernateException {
            setUp = () -> {
                ProxyFactory factory = hibernates.get();
                factory.postInstantiate(entityName, persistentClass, interfaces, getIdentifierMethod,
                        setIdentifierMethod, componentIdType);
                return factory;
            };
        }

        @Override
        public HibernateProxy getProxy(Object id, SharedSessionContractImplementor session) throws HibernateException {
            return ready().getProxy(id, session);
        }

        /** Whether the proxy class has been made (for tests). */
        boolean classMade() {
            return ready != null;
        }

        private ProxyFactory ready() {
            ProxyFactory factory = ready;
            if (factory == null) {
                synchronized (this) {
                    factory = ready;
                    if (factory == null) {
                        factory = Objects.requireNonNull(setUp, "a proxy asked for before postInstantiate").get();
                        ready = factory;
                    }
                }
            }
            return factory;
        }
    }
}
