import { describe, expect, it } from 'vitest';
import { imageIssues, MAX_IMAGE_BYTES } from './image-issues.ts';

describe('imageIssues', () => {
  const png = { format: 'png', bytes: 1000, width: 1280, height: 720 };

  it('accepts a PNG, JPEG or WebP under 10 MB', () => {
    for (const format of ['png', 'jpeg', 'webp']) {
      expect(imageIssues({ model: 'sora-2', prompt: 'x' }, { ...png, format })).toEqual([]);
    }
  });

  it('refuses another format, or none, read from the content', () => {
    const [gif] = imageIssues({ model: 'sora-2', prompt: 'x' }, { ...png, format: 'gif' });
    expect(gif).toMatchObject({ field: 'image_urls.0', fix: 'convert it to PNG, JPEG or WebP' });
    expect(gif?.message).toMatch(/is a GIF image/);
    const [none] = imageIssues({ model: 'sora-2', prompt: 'x' }, { format: undefined, bytes: 9 });
    expect(none?.message).toMatch(/not a PNG, JPEG or WebP image/);
  });

  it('refuses an image over 10 MB', () => {
    const [big] = imageIssues(
      { model: 'sora-2', prompt: 'x' },
      { ...png, bytes: MAX_IMAGE_BYTES + 1 },
    );
    expect(big?.message).toMatch(/over the API's limit of 10485760 bytes/);
  });

  it("applies sora-2-preview's rule: the image has the aspect ratio exactly", () => {
    const req = { model: 'sora-2-preview', prompt: 'x', aspect_ratio: '16:9' };
    expect(imageIssues(req, { ...png, width: 1920, height: 1080 })).toEqual([]);
    const [off] = imageIssues(req, { ...png, width: 1000, height: 1000 });
    expect(off?.message).toBe(
      'is 1000x1000, but sora-2-preview needs an image of the aspect ratio 16:9 exactly',
    );
    const exact = { ...req, aspect_ratio: '1280x720' };
    expect(imageIssues(exact, png)).toEqual([]);
    expect(imageIssues(exact, { ...png, width: 1920, height: 1080 })[0]?.fix).toBe(
      'resize the image to 1280x720, or change aspect_ratio',
    );
    // Other models take any shape.
    expect(imageIssues({ ...req, model: 'sora-2' }, { ...png, width: 10, height: 999 })).toEqual(
      [],
    );
  });
});
