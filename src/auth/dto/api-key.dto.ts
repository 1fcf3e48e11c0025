import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  NotEquals,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { BOOTSTRAP_ADMIN_KEY_NAME } from '../api-key.entity';
import { ROLES, type Role } from '../auth.types';
import { LIMITS, SUPPLIER_ID } from '../../common/validation/field.validators';

/** supplierId: required and well-formed for role `supplier`, absent for every other role. */
function IsSupplierIdForRole() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSupplierIdForRole',
      target: target.constructor,
      propertyName,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const { role } = args.object as { role?: unknown };
          if (role === 'supplier') return typeof value === 'string' && SUPPLIER_ID.test(value) && value.length <= LIMITS.supplierId;
          return value === undefined || value === null;
        },
        defaultMessage(args: ValidationArguments) {
          const { role } = args.object as { role?: unknown };
          if (role !== 'supplier') return 'supplierId is only allowed for keys with role supplier';
          if (args.value === undefined || args.value === null || args.value === '') {
            return 'supplierId is required for keys with role supplier';
          }
          return `supplierId must be 1-${LIMITS.supplierId} letters, digits, ".", "_" or "-", starting with a letter or digit`;
        },
      },
    });
}

export class CreateApiKeyDto {
  @ApiProperty({
    description: 'A label for the key: who or what uses it. Not unique; `bootstrap-admin` is reserved.',
    example: 'web-form-gateway',
    maxLength: 100,
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NotEquals(BOOTSTRAP_ADMIN_KEY_NAME, { message: `name "${BOOTSTRAP_ADMIN_KEY_NAME}" is reserved for the ADMIN_API_KEY key` })
  name: string;

  @ApiProperty({ description: 'What the key may do', enum: ROLES, example: 'integration' })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({
    type: String,
    description:
      'The supplier a `supplier` key acts for, an id of the registry (`GET /suppliers`): required for that role, ' +
      'not allowed (absent or null) for the others',
    example: 'fabrika-yug',
    required: false,
    nullable: true,
    pattern: SUPPLIER_ID.source,
    maxLength: LIMITS.supplierId,
  })
  @IsSupplierIdForRole()
  supplierId?: string | null;
}

/** An API key as listed: never its secret or hash. */
export class ApiKeyDto {
  @ApiProperty({ format: 'uuid', example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  id: string;

  @ApiProperty({ example: 'web-form-gateway' })
  name: string;

  @ApiProperty({ enum: ROLES, example: 'integration' })
  role: Role;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Set for supplier keys only' })
  supplierId: string | null;

  @ApiProperty({
    example: '9f86d081',
    description: 'The 8 characters after `wce_` in the key, to tell keys apart (`bootstrap` for a free-form ADMIN_API_KEY)',
  })
  keyPrefix: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T09:30:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  revokedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-11-22T10:02:13.000Z',
    description: 'Last successful use, to the minute',
  })
  lastUsedAt: string | null;
}

/** The answer to creating a key: the only time the key itself is ever shown. */
export class CreatedApiKeyDto {
  @ApiProperty({ format: 'uuid', example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  id: string;

  @ApiProperty({ example: 'web-form-gateway' })
  name: string;

  @ApiProperty({ enum: ROLES, example: 'integration' })
  role: Role;

  @ApiProperty({ type: String, nullable: true, example: null })
  supplierId: string | null;

  @ApiProperty({
    description: 'The API key. Shown only in this response: store it now; the server keeps only its hash.',
    example: 'wce_9f86d081_884a1b7c0e3f2d5a6b9c8d7e6f5a4b3c2d1e0f9a',
  })
  key: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T09:30:00.000Z' })
  createdAt: string;
}
