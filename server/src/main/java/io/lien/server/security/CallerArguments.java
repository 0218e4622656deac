package io.lien.server.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Function;

/**
 * Lets a controller method take a {@link StaffMember}, an {@link Operator} or a {@link ShopperIdentity} argument: the
 * token's claims are read here, nowhere else. An argument that is not {@code @Nullable} on a route
 * without a token is refused as usual by the route's {@code @Secured}.
 */
final class CallerArguments {

    private CallerArguments() {
    }

    @Singleton
    static final class StaffMemberBinder extends Binder<StaffMember> {
        StaffMemberBinder() {
            super(StaffMember.class, StaffMember::of);
        }
    }

    @Singleton
    static final class OperatorBinder extends Binder<Operator> {
        OperatorBinder() {
            super(Operator.class, Operator::of);
        }
    }

    @Singleton
    static final class ShopperIdentityBinder extends Binder<ShopperIdentity> {
        ShopperIdentityBinder() {
            super(ShopperIdentity.class, ShopperIdentity::of);
        }
    }

    abstract static class Binder<T> implements TypedRequestArgumentBinder<T> {
        private final Argument<T> type;
        private final Function<Authentication, T> read;

        Binder(Class<T> type, Function<Authentication, T> read) {
            this.type = Argument.of(type);
            this.read = read;
        }

        @Override
        public Argument<T> argumentType() {
            return type;
        }

        @Override
        public BindingResult<T> bind(ArgumentConversionContext<T> context, HttpRequest<?> request) {
            Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
            if (authentication.isEmpty()) {
                return BindingResult.unsatisfied();
            }
            T caller = read.apply(authentication.get());
            return () -> Optional.of(caller);
        }
    }
}
