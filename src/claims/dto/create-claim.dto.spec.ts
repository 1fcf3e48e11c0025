import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { createValidationPipe, flattenValidationErrors } from '../../common/validation/validation.pipe';
import { CREATE_CLAIM_EXAMPLE, CreateClaimDto, PHONE_OR_EMAIL_MESSAGE, toClaimIntake } from './create-claim.dto';

/** Validates like the global pipe and returns `{ field, message }` per failed rule. */
async function check(body: unknown) {
  const dto = plainToInstance(CreateClaimDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, errors: flattenValidationErrors(errors) };
}

async function fields(body: unknown): Promise<string[]> {
  return [...new Set((await check(body)).errors.map((e) => e.field))].sort();
}

/** A deep copy of the DESIGN example with `patch` applied to it. */
function example(patch: (body: Record<string, any>) => void = () => {}): Record<string, any> {
  const body = JSON.parse(JSON.stringify(CREATE_CLAIM_EXAMPLE));
  patch(body);
  return body;
}

describe('CreateClaimDto', () => {
  it('accepts the DESIGN example body', async () => {
    expect((await check(example())).errors).toEqual([]);
  });

  it('accepts the minimal body: channel, customer with one contact, order without options, description', async () => {
    const body = {
      channel: 'email',
      customer: { name: 'Ivan', email: 'ivan@example.com' },
      order: {
        orderId: 'ORD-1',
        purchasedAt: '2026-02-28',
        sku: 'CH-1',
        productName: 'Chair',
        category: 'cabinet',
        price: 1999.99,
        currency: 'RUB',
      },
      description: 'Leg broke',
    };
    expect((await check(body)).errors).toEqual([]);
  });

  it.each(['hotline', 'survey', 'online_review', 'email', 'web_form', 'social_dm', 'messenger', 'retail_store', 'post'])(
    'accepts the channel %s',
    async (channel) => {
      expect(await fields(example((b) => (b.channel = channel)))).toEqual([]);
    },
  );

  describe('refuses, naming the field', () => {
    it.each<[string, (b: Record<string, any>) => void, string]>([
      ['missing channel', (b) => delete b.channel, 'channel'],
      ['missing description', (b) => delete b.description, 'description'],
      ['missing customer', (b) => delete b.customer, 'customer'],
      ['missing order', (b) => delete b.order, 'order'],
      ['missing customer name', (b) => delete b.customer.name, 'customer.name'],
      ['missing order id', (b) => delete b.order.orderId, 'order.orderId'],
      ['missing purchase date', (b) => delete b.order.purchasedAt, 'order.purchasedAt'],
      ['missing price', (b) => delete b.order.price, 'order.price'],
      ['missing review rating', (b) => delete b.review.rating, 'review.rating'],
    ])('a %s', async (_name, patch, field) => {
      expect(await fields(example(patch))).toEqual([field]);
    });

    it.each<[string, (b: Record<string, any>) => void, string]>([
      ['description as a number', (b) => (b.description = 42), 'description'],
      ['price as a numeric string', (b) => (b.order.price = '84990'), 'order.price'],
      ['customer as a string', (b) => (b.customer = 'Анна'), 'customer'],
      ['customer as an array', (b) => (b.customer = [b.customer]), 'customer'],
      ['attachments as a string', (b) => (b.attachments = 'https://files.example.com/a.jpg'), 'attachments'],
      ['rating as a fraction', (b) => (b.review.rating = 2.5), 'review.rating'],
      ['null for an optional field', (b) => (b.externalRef = null), 'externalRef'],
    ])('a wrong type: %s', async (_name, patch, field) => {
      expect(await fields(example(patch))).toEqual([field]);
    });

    it.each<[string, (b: Record<string, any>) => void, string]>([
      ['channel', (b) => (b.channel = 'carrier_pigeon'), 'channel'],
      ['channel in capitals', (b) => (b.channel = 'HOTLINE'), 'channel'],
      ['demanded remedy', (b) => (b.demandedRemedy = 'apology'), 'demandedRemedy'],
    ])('an unknown enum value: %s', async (_name, patch, field) => {
      expect(await fields(example(patch))).toEqual([field]);
    });

    it('an unknown property, at the top and nested', async () => {
      const { errors } = await check(example((b) => ((b.priority = 'high'), (b.order.color = 'red'))));
      expect(errors).toEqual([
        { field: 'priority', message: 'property priority should not exist' },
        { field: 'order.color', message: 'property color should not exist' },
      ]);
    });

    it('a negative price, with a clear message', async () => {
      const { errors } = await check(example((b) => (b.order.price = -10)));
      expect(errors).toEqual([{ field: 'order.price', message: 'price must be greater than 0' }]);
    });

    it.each([0, 0.001, 10.123, Number.POSITIVE_INFINITY, 2e10])('the price %p', async (price) => {
      expect(await fields(example((b) => (b.order.price = price)))).toEqual(['order.price']);
    });

    it.each(['2026-02-30', '2026-13-01', '10.05.2026', '2026-5-10', '2026-05-10T00:00:00Z', ''])(
      'the date %p',
      async (date) => {
        expect(await fields(example((b) => (b.order.purchasedAt = date)))).toEqual(['order.purchasedAt']);
      },
    );

    it('a delivery before the purchase', async () => {
      const { errors } = await check(example((b) => (b.order.deliveredAt = '2026-05-09')));
      expect(errors).toEqual([
        { field: 'order.deliveredAt', message: 'deliveredAt (2026-05-09) must not be before purchasedAt (2026-05-10)' },
      ]);
    });

    it('a customer with neither phone nor email, with a clear message', async () => {
      const { errors } = await check(example((b) => (delete b.customer.phone, delete b.customer.email)));
      expect(errors).toEqual([{ field: 'customer.phone', message: PHONE_OR_EMAIL_MESSAGE }]);
    });

    it(`more than 20 attachments`, async () => {
      const attachments = Array.from({ length: 21 }, (_, i) => `https://files.example.com/claims/${i}.jpg`);
      expect(await fields(example((b) => (b.attachments = attachments)))).toEqual(['attachments']);
    });

    it.each([
      ['an ftp URL', 'ftp://files.example.com/a.jpg'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a URL without scheme', 'files.example.com/a.jpg'],
      ['a URL with credentials', 'https://user:secret@files.example.com/a.jpg'],
      ['a URL over 2048 characters', `https://files.example.com/${'a'.repeat(2048)}`],
      ['a number', 42],
    ])('an attachment that is %s', async (_name, url) => {
      expect(await fields(example((b) => b.attachments.push(url)))).toEqual(['attachments']);
    });

    it.each<[string, (b: Record<string, any>) => void, string]>([
      ['a phone without the plus', (b) => (b.customer.phone = '89161234567'), 'customer.phone'],
      ['a phone with letters', (b) => (b.customer.phone = '+7916CALLME'), 'customer.phone'],
      ['a bad email', (b) => (b.customer.email = 'anna-at-example.com'), 'customer.email'],
      ['a long language tag', (b) => (b.customer.language = 'russian'), 'customer.language'],
      ['a lower-case currency', (b) => (b.order.currency = 'rub'), 'order.currency'],
      ['a currency of 4 letters', (b) => (b.order.currency = 'RUBL'), 'order.currency'],
      ['a category in capitals', (b) => (b.order.category = 'Upholstered'), 'order.category'],
      ['a supplier id with spaces', (b) => (b.order.supplierId = 'fabrika yug'), 'order.supplierId'],
      ['a review platform with a dash', (b) => (b.review.platform = 'yandex-maps'), 'review.platform'],
      ['a review rating of 0', (b) => (b.review.rating = 0), 'review.rating'],
      ['a review rating of 6', (b) => (b.review.rating = 6), 'review.rating'],
      ['a review URL that is no URL', (b) => (b.review.url = 'see yandex'), 'review.url'],
      ['an empty description', (b) => (b.description = ''), 'description'],
      ['a blank description', (b) => (b.description = '   '), 'description'],
      ['a description over 5000 characters', (b) => (b.description = 'x'.repeat(5001)), 'description'],
      ['a blank customer name', (b) => (b.customer.name = ' '), 'customer.name'],
      ['an order id with a newline', (b) => (b.order.orderId = 'ORD\n1'), 'order.orderId'],
    ])('%s', async (_name, patch, field) => {
      expect(await fields(example(patch))).toEqual([field]);
    });
  });

  it('accepts a description of exactly 5000 characters and 20 attachments', async () => {
    const body = example((b) => {
      b.description = 'x'.repeat(5000);
      b.attachments = Array.from({ length: 20 }, (_, i) => `https://files.example.com/claims/${i}.jpg`);
    });
    expect(await fields(body)).toEqual([]);
  });

  it('accepts a delivery on the day of purchase, and a phone-only or email-only customer', async () => {
    expect(await fields(example((b) => (b.order.deliveredAt = b.order.purchasedAt)))).toEqual([]);
    expect(await fields(example((b) => delete b.customer.email))).toEqual([]);
    expect(await fields(example((b) => delete b.customer.phone))).toEqual([]);
  });

  it('trims strings before checking them', async () => {
    const { dto, errors } = await check(example((b) => ((b.customer.phone = ' +79161234567 '), (b.description = '  Sagged  '))));
    expect(errors).toEqual([]);
    expect(dto.customer.phone).toBe('+79161234567');
    expect(dto.description).toBe('Sagged');
  });
});

describe('CreateClaimDto through the app\'s ValidationPipe', () => {
  const pipe = createValidationPipe();
  const asBody = { type: 'body' as const, metatype: CreateClaimDto };

  it('turns the DESIGN example into a CreateClaimDto, and that into the intake', async () => {
    const dto = await pipe.transform(example(), asBody);
    expect(dto).toBeInstanceOf(CreateClaimDto);
    expect(toClaimIntake(dto)).toStrictEqual(JSON.parse(JSON.stringify(CREATE_CLAIM_EXAMPLE)));
  });

  it('refuses a bad body with a validation_failed error listing the field', async () => {
    const error = await pipe.transform(example((b) => (b.order.price = -1)), asBody).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'validation_failed',
      extras: { errors: [{ field: 'order.price', message: 'price must be greater than 0' }] },
    });
  });
});

describe('toClaimIntake', () => {
  it('builds a plain object: JSON round-trip equal, Object prototypes, no class instances', async () => {
    const { dto, errors } = await check(example());
    expect(errors).toEqual([]);
    expect(dto).toBeInstanceOf(CreateClaimDto);

    const intake = toClaimIntake(dto);
    expect(JSON.parse(JSON.stringify(intake))).toEqual(intake);
    for (const part of [intake, intake.customer, intake.order, intake.review]) {
      expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
    }
    expect(Array.isArray(intake.attachments)).toBe(true);
    expect(intake.attachments).not.toBe(dto.attachments);
  });

  it('carries every field of the body', async () => {
    const { dto } = await check(example());
    expect(toClaimIntake(dto)).toStrictEqual(JSON.parse(JSON.stringify(CREATE_CLAIM_EXAMPLE)));
  });

  it('leaves absent optional fields out instead of setting them undefined', async () => {
    const { dto } = await check(
      example((b) => {
        for (const key of ['externalRef', 'attachments', 'review', 'demandedRemedy']) delete b[key];
        delete b.customer.phone;
        delete b.customer.language;
        delete b.order.deliveredAt;
        delete b.order.supplierId;
      }),
    );
    const intake = toClaimIntake(dto);
    expect(Object.keys(intake).sort()).toEqual(['channel', 'customer', 'description', 'order']);
    expect(Object.keys(intake.customer).sort()).toEqual(['email', 'name']);
    expect(Object.keys(intake.order)).not.toContain('deliveredAt');
    expect(Object.keys(intake.order)).not.toContain('supplierId');
  });

  it('trims strings and lower-cases the email, even when given an untransformed object', () => {
    const dto = Object.assign(new CreateClaimDto(), example((b) => {
      b.customer.name = '  Анна Петрова ';
      b.customer.email = ' Anna@Example.COM ';
      b.order.productName = 'Sofa Oslo 3-seat\n';
      b.attachments = [' https://files.example.com/claims/abc.jpg '];
    }));
    const intake = toClaimIntake(dto);
    expect(intake.customer.name).toBe('Анна Петрова');
    expect(intake.customer.email).toBe('anna@example.com');
    expect(intake.order.productName).toBe('Sofa Oslo 3-seat');
    expect(intake.attachments).toEqual(['https://files.example.com/claims/abc.jpg']);
  });
});

describe('order dates in the future', () => {
  it('refuses a purchase or a delivery after today, naming the field', async () => {
    const { validate } = await import('class-validator');
    const { plainToInstance } = await import('class-transformer');
    const { CREATE_CLAIM_EXAMPLE, CreateClaimDto } = await import('./create-claim.dto');
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-15`;
    const body = { ...CREATE_CLAIM_EXAMPLE, order: { ...CREATE_CLAIM_EXAMPLE.order, purchasedAt: nextYear, deliveredAt: nextYear } };
    const errors = await validate(plainToInstance(CreateClaimDto, body), { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
    const order = errors.find((e) => e.property === 'order');
    const fields = Object.fromEntries((order?.children ?? []).map((c) => [c.property, Object.values(c.constraints ?? {})]));
    expect(fields).toEqual({ purchasedAt: [`purchasedAt (${nextYear}) must not be after today`], deliveredAt: [`deliveredAt (${nextYear}) must not be after today`] });
    const today = new Date().toISOString().slice(0, 10);
    const ok = await validate(plainToInstance(CreateClaimDto, { ...CREATE_CLAIM_EXAMPLE, order: { ...CREATE_CLAIM_EXAMPLE.order, purchasedAt: today, deliveredAt: today } }), { whitelist: true, forbidNonWhitelisted: true });
    expect(ok).toEqual([]);
  });
});
